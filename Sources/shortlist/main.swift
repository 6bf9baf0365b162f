import TerminalKit
import Foundation
do {
    let backend = try CursesBackend()
    let terminal = Terminal(backend: backend)
    var log: [String] = []
    func frame() {
        terminal.draw { buf in
            buf.put("Παπαδόπουλος Ιωάννης | Иванов | Żółć | 王小明 | end", x: 0, y: 0, style: .fg(.green).with(.bold))
            buf.put("size \(backend.size)", x: 0, y: 1, style: Style(foreground: .indexed(208)))
            for (i, l) in log.suffix(10).enumerated() { buf.put(l, x: 0, y: 3 + i) }
            return Position(x: 0, y: 2)
        }
    }
    frame()
    loop: while true {
        guard let e = backend.readEvent(timeoutMilliseconds: 5000) else { log.append("timeout"); frame(); continue }
        log.append("\(e)")
        if case .key(.character("q")) = e { break loop }
        if case .interrupt = e { break loop }
        frame()
    }
    backend.restore()
    print("events: \(log)")
} catch {
    FileHandle.standardError.write("shortlist: \(error)\n".data(using: .utf8)!)
    exit(2)
}
