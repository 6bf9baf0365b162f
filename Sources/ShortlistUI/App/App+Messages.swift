/// The session's message history: every error said on the status line stays listed for
/// `:messages`, so that one replaced by the next key is not lost.
extension App {
    func showMessages() {
        guard !state.messages.isEmpty else {
            show("no error was said in this session")
            return
        }
        state.dialog = DialogState(
            title: "Messages", purpose: .messages,
            items: state.messages.map { DialogState.Item(name: $0.text, detail: "") },
            selected: state.messages.count - 1)
    }
}
