import Foundation

extension Variance {
    /// The period the variance date falls in; before the project, the first; after it, the last.
    /// The period a short status paragraph (`narrative`, the brief) talks about.
    public var currentPeriod: PeriodVariance? {
        periods.first { $0.span.first <= asOf && asOf <= $0.span.last }
            ?? (asOf < (periods.first?.span.first ?? asOf) ? periods.first : periods.last)
    }
}
