/// What a saved filter may be called, for both engines: the words of `:filter` itself are
/// not names.
enum FilterNames {
    static let reserved: Set<String> = ["save", "list", "delete", "clear"]

    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
