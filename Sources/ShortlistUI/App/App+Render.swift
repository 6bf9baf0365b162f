import TerminalKit

extension App {
    /// The frame the next draw shows, as a value: drawing it reads nothing else.
    public var scene: Scene {
        Scene(size: terminal.size, state: state, theme: theme, keymap: keymap, context: context)
    }

    /// Runs the update step, then draws its frame.
    public func render() {
        update()
        let scene = self.scene
        terminal.draw { scene.render(into: &$0) }
    }
}
