import Foundation
import LocksmithStorage

extension Date {
    /// The date at the millisecond precision it is stored with, so that what is validated and returned is
    /// exactly what a later read gives back.
    var wholeMilliseconds: Date {
        Date(millisecondsSince1970: millisecondsSince1970)
    }
}
