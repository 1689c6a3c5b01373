import Foundation

/// What signed data says about the request and the license it answers: the nonce it echoes, and the product and vendor
/// account the license belongs to. Checked on every signed answer and every offline license, after the signature.
struct SignedIdentity: Decodable {
    var nonce: String?
    var productCode: String?
    var accountID: String?

    enum CodingKeys: String, CodingKey {
        case nonce
        case productCode = "product_code"
        case accountID = "account_id"
    }

    /// The identity in signed `data`; fields it lacks read as absent.
    init(_ data: Data) {
        self = (try? LocksmithJSON.decode(SignedIdentity.self, from: data)) ?? SignedIdentity()
    }

    private init() {}

    /// Refuses data for another product than `product` or another account than `account` (each when expected).
    func check(product: String?, account: String?, kid: String) throws {
        if let product, productCode != product {
            throw LocksmithError.verification(kid: kid, reason: .productMismatch(expected: product, received: productCode))
        }
        if let account, accountID != account {
            throw LocksmithError.verification(kid: kid, reason: .accountMismatch(expected: account, received: accountID))
        }
    }
}
