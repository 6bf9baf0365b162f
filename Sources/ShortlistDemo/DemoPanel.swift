import ShortlistCore

/// The demo panel of DESIGN.md, with realistic display names.
public enum DemoPanel {
    public static let members: [PanelMember] = [
        PanelMember(name: "chair", displayName: "Hélène Marchetti", role: .chair),
        PanelMember(name: "member1", displayName: "Jonas Lindqvist", role: .member),
        PanelMember(name: "member2", displayName: "Μαρία Κωνσταντίνου", role: .member),
        PanelMember(name: "member3", displayName: "Piotr Zieliński", role: .member),
        PanelMember(name: "secretary", displayName: "Aoife Ní Bhriain", role: .secretary),
        PanelMember(name: "reviewer", displayName: "Tomás Ferreira", role: .reviewer),
    ]
}
