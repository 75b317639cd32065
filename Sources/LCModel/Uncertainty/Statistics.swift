/// Mean, nearest-rank percentiles, extremes and exceedance of a set of simulated cents.
enum Statistics {
    /// Summarises `values` (whole cents), reordering them in place; counts values above `threshold`.
    static func summarise(_ values: UnsafeMutableBufferPointer<Double>, threshold: Double?) -> (SimulatedStats, Int?) {
        let n = values.count
        var sum = 0.0, low = Double.infinity, high = -Double.infinity, over = 0
        let limit = threshold ?? .infinity
        for value in values {
            // Whole cents below 2^53 in total: the sum is exact, whatever the order.
            sum += value
            low = min(low, value)
            high = max(high, value)
            if value > limit { over += 1 }
        }
        let k50 = rank(50, n), k10 = rank(10, n), k90 = rank(90, n)
        let base = values.baseAddress!
        select(base, 0, n, k50)
        if k10 < k50 { select(base, 0, k50, k10) }
        if k90 > k50 { select(base, k50 + 1, n, k90) }
        func money(_ cents: Double) -> Money { Money(cents: Int64(cents)) }
        let mean = (sum / Double(n)).rounded(.toNearestOrAwayFromZero)
        let stats = SimulatedStats(mean: money(mean), p10: money(base[k10]), p50: money(base[k50]),
                                   p90: money(base[k90]), min: money(low), max: money(high))
        return (stats, threshold == nil ? nil : over)
    }

    /// Counts `values` (whole cents) into at most `bins` equal-width bins of whole cents from
    /// `low` to `high`; the last bin holds `high`.
    static func histogram(_ values: UnsafeMutableBufferPointer<Double>, low: Money, high: Money, bins: Int = 20) -> [HistogramBin] {
        let span = high.cents - low.cents + 1
        let width = max(1, (span + Int64(bins) - 1) / Int64(bins))
        let count = Int((span + width - 1) / width)
        var counts = [Int](repeating: 0, count: count)
        let origin = Double(low.cents), step = Double(width)
        for value in values {
            counts[min(count - 1, Int((value - origin) / step))] += 1
        }
        return counts.enumerated().map { index, n in
            HistogramBin(lower: Money(cents: low.cents + Int64(index) * width),
                         upper: Money(cents: low.cents + Int64(index + 1) * width), count: n)
        }
    }

    /// 0-based index of the nearest-rank `percent`-th percentile of n values: ⌈percent·n/100⌉ − 1.
    static func rank(_ percent: Int, _ n: Int) -> Int {
        max(0, (percent * n + 99) / 100 - 1)
    }

    /// Reorders `a[lo..<hi]` so that `a[k]` is the value a sort would put there, smaller-or-equal
    /// values before it and greater-or-equal after (Hoare's quickselect, median-of-three pivot).
    static func select(_ a: UnsafeMutablePointer<Double>, _ lo: Int, _ hi: Int, _ k: Int) {
        var lo = lo, hi = hi - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            let x = a[lo], y = a[mid], z = a[hi]
            let pivot = max(min(x, y), min(max(x, y), z))
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    let t = a[i]; a[i] = a[j]; a[j] = t
                    i += 1; j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
