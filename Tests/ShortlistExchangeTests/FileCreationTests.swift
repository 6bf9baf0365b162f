import Foundation
import ShortlistTestSupport
import Testing

@testable import ShortlistExchange

/// Every file Shortlist writes is created inside the folder named, never through a link or a
/// `..`, with mode 0600 (0660 shared) whatever the umask, and replaces a file only with
/// `--force`.
@Suite(.serialized) struct FileCreationTests {
    let directory = TemporaryDirectory("file-creation")

    func mode(_ url: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1
    }

    func write(_ url: URL, force: Bool = false, group: gid_t? = nil) throws {
        try ExportDestination(url: url, force: force, group: group).write { sink in
            try sink.write("new\n")
        }
    }

    @Test func aSymbolicLinkAtTheTargetIsRefusedAndNotFollowed() throws {
        let victim = directory.file("victim.txt")
        try Data("keep\n".utf8).write(to: victim)
        let link = directory.file("out.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        for force in [false, true] {
            let error = try #require(throws: ExportError.self) { try write(link, force: force) }
            #expect(error.message.contains("symbolic link"))
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep\n")
    }

    @Test func aFolderThatIsALinkIsRefused() throws {
        let real = directory.file("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
        let link = directory.file("linked")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        #expect(throws: ExportError.self) { try write(link.appendingPathComponent("x.csv")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path).isEmpty)
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let url = directory.file("ranking.csv")
        try Data("old\n".utf8).write(to: url)
        let error = try #require(throws: ExportError.self) { try write(url) }
        #expect(error.message.contains("--force"))
        #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
        try write(url, force: true)
        #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
    }

    @Test(arguments: ["..", ".", ".hidden", "a\u{1B}b", "evil\nname"])
    func aNameThatWouldLeaveItsFolderIsRefused(_ name: String) throws {
        #expect(throws: ExportError.self) { try write(directory.file(name)) }
        #expect(throws: ExportError.self) { try OpenFolder.checkName(name) }
    }

    @Test func aNameWithASlashIsRefused() throws {
        #expect(throws: ExportError.self) { try OpenFolder.checkName("../x.md") }
        #expect(throws: ExportError.self) { try OpenFolder.checkName("a/b") }
    }

    @Test func theModeIs0600Or0660EvenUnderUmask000() throws {
        let old = umask(0)
        defer { umask(old) }
        let url = directory.file("private.csv")
        try write(url)
        #expect(try mode(url) == 0o600)
        let shared = directory.file("shared.csv")
        try write(shared, group: getegid())
        #expect(try mode(shared) == 0o660)
        let temporary = try ExportDestination(url: directory.file("book.xlsx")).temporaryFile()
        #expect(try mode(URL(fileURLWithPath: temporary)) == 0o600)
        unlink(temporary)
    }

    @Test func theTemporaryFileIsCreatedExclusively() throws {
        let folder = try OpenFolder(directory.url.path)
        let (fd, name) = try folder.createTemporary(for: "x.csv", mode: 0o600)
        close(fd)
        #expect(name.hasPrefix(".x.csv.") && name.hasSuffix(".partial"))
        // The same name again, or a link planted at a name, is never opened.
        #expect(throws: ExportError.self) { _ = try folder.createExclusive(name, mode: 0o600) }
        let planted = directory.file(".planted")
        try FileManager.default.createSymbolicLink(
            at: planted, withDestinationURL: directory.file("target"))
        #expect(throws: ExportError.self) {
            _ = try folder.createExclusive(".planted", mode: 0o600)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("target").path))
    }

    @Test func theRenameReplacesNothingWithoutForce() throws {
        let folder = try OpenFolder(directory.url.path)
        let (fd, name) = try folder.createTemporary(for: "late.csv", mode: 0o600)
        close(fd)
        // A file that appears while the export is written is kept.
        try Data("theirs\n".utf8).write(to: directory.file("late.csv"))
        #expect(throws: ExportError.self) {
            try folder.rename(name, to: "late.csv", replace: false)
        }
        #expect(try String(contentsOf: directory.file("late.csv"), encoding: .utf8) == "theirs\n")
        try folder.rename(name, to: "late.csv", replace: true)
        #expect(try String(contentsOf: directory.file("late.csv"), encoding: .utf8) == "")
    }

    @Test func aRejectsFileIsPrivateAndNotOverwritten() throws {
        let harness = try ImportHarness()
        let rejects = harness.folder.file("rejects.csv")
        let old = umask(0)
        defer { umask(old) }
        let csv =
            ImportHarness.header + "\n" + ImportHarness.record("APP-1")
            + ImportHarness.record("../bad")
        try harness.run(csv: csv) { $0.rejects = rejects }
        #expect(try mode(rejects) == 0o600)
        #expect(try String(contentsOf: rejects, encoding: .utf8).contains("../bad"))

        try Data("mine\n".utf8).write(to: rejects)
        #expect(throws: ImportFailure.self) {
            try harness.run(csv: csv) { $0.rejects = rejects }
        }
        #expect(try String(contentsOf: rejects, encoding: .utf8) == "mine\n")
        try harness.run(csv: csv) {
            $0.rejects = rejects
            $0.force = true
        }
        #expect(try String(contentsOf: rejects, encoding: .utf8).contains("../bad"))
    }
}
