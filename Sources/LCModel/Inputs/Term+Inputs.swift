import Foundation

extension Term {
    /// The input keys this term reads, in order of appearance (repeats kept out).
    ///
    /// ```swift
    /// Term.difference(.input("cohort.y1.participants"), .input("cohort.y1.leaders")).inputKeys
    /// // ["cohort.y1.participants", "cohort.y1.leaders"]
    /// ```
    public var inputKeys: [String] {
        var keys: [String] = []
        func visit(_ term: Term) {
            switch term {
            case .input(let key), .growth(let key, _):
                if !keys.contains(key) { keys.append(key) }
            case .difference(let a, let b), .sum(let a, let b), .ceilRatio(let a, let b):
                visit(a)
                visit(b)
            case .ratio(let a, _):
                visit(a)
            case .constant:
                break
            }
        }
        visit(self)
        return keys
    }
}

extension Basis {
    /// Every input key the line's arithmetic reads.
    public var inputKeys: [String] {
        let terms: [Term]
        switch self {
        case .product(let factors): terms = factors.map(\.term)
        case .shareOf(let rate, _): terms = [rate.term]
        case .indirect(let rate, _, _): terms = [rate.term]
        }
        var keys: [String] = []
        for key in terms.flatMap(\.inputKeys) where !keys.contains(key) { keys.append(key) }
        return keys
    }
}
