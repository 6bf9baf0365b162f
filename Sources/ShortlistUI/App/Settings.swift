import ShortlistCore

/// How the session looks and whom it serves: fixed for the session but the theme and blind
/// mode (the chair switches it).
struct Settings {
    var theme: Theme
    let keymap: Keymap
    /// The themes `:theme` can switch to.
    let catalog: ThemeCatalog
    var context: AppContext
    /// Finds the profile's evidence phrases in a CV; built once, nil without a profile.
    let matcher: EvidenceMatcher?
    /// Seconds between two looks at the change feed.
    var liveInterval: Double = 0.5

    init(theme: Theme, keymap: Keymap, catalog: ThemeCatalog, context: AppContext) {
        self.theme = theme
        self.keymap = keymap
        self.catalog = catalog
        self.context = context
        matcher = context.profile.map(EvidenceMatcher.init(profile:))
    }
}

/// The settings by the names the rest of the interface uses.
extension App {
    public internal(set) var theme: Theme {
        get { settings.theme }
        set { settings.theme = newValue }
    }
    public var keymap: Keymap { settings.keymap }
    /// The themes `:theme` can switch to.
    public var catalog: ThemeCatalog { settings.catalog }
    public var context: AppContext { settings.context }
    var matcher: EvidenceMatcher? { settings.matcher }
    /// Seconds between two looks at the change feed.
    public var liveInterval: Double {
        get { settings.liveInterval }
        set { settings.liveInterval = newValue }
    }
}
