import Crypto
import Foundation
import ShortlistCore

// Engine-neutral: no GRDB here. Each engine reads the copy it issued and asks this.

/// A copy the panel's database issued at checkout: its owner and Ed25519 public key (base64).
struct IssuedNoteCopy: Sendable, Equatable {
    var owner: String
    var publicKey: String
}

/// The check of a bundle's signature that every engine makes before merging it: signed, by a
/// copy this database issued, over exactly the bundle's canonical bytes.
enum NoteSignatureCheck {
    /// The owner of the copy that signed the bundle. `issued` reads the copy the database
    /// recorded under the bundle's `exportedFrom`; it is asked only once a signature is there,
    /// so an unsigned bundle is refused as unsigned whatever it claims.
    static func verifiedOwner(
        of bundle: NoteBundle, source: String,
        issued: (_ copyID: String) throws -> IssuedNoteCopy?
    ) throws -> String {
        guard let signature = bundle.signature.flatMap({ Data(base64Encoded: $0) }) else {
            throw NoteBundleRefused.unsigned(file: source)
        }
        guard let copy = try issued(bundle.exportedFrom) else {
            throw NoteBundleRefused.copyNotIssued(file: source, copyID: bundle.exportedFrom)
        }
        // A key that does not decode is a failed signature, told as one.
        guard let raw = Data(base64Encoded: copy.publicKey),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
            key.isValidSignature(signature, for: NoteCanonicalForm.signedBytes(of: bundle))
        else { throw NoteBundleRefused.badSignature(file: source) }
        return copy.owner
    }
}
