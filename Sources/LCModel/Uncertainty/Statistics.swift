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
        let p = ranked(values, low: low, high: high, ranks: [rank(10, n), rank(50, n), rank(90, n)])
        func money(_ cents: Double) -> Money { Money(cents: Int64(cents)) }
        let mean = (sum / Double(n)).rounded(.toNearestOrAwayFromZero)
        let stats = SimulatedStats(mean: money(mean), p10: money(p[0]), p50: money(p[1]),
                                   p90: money(p[2]), min: money(low), max: money(high))
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

    /// The values a sort would put at each of `ranks` (ascending 0-based indexes), given the
    /// values' `low` and `high`; reorders nothing but the gathered copies.
    ///
    /// By counting, not by quickselect: one pass counts the values into 65,536 equal-width
    /// buckets from `low` to `high`, then one more gathers only the buckets that hold the ranks,
    /// and each rank is selected among its bucket's values. A bucket is a monotone map of the
    /// value (an exact difference of whole cents, times a positive scale, truncated), so every
    /// value of a bucket sorts after every value of the buckets before it, and the answer is
    /// exactly the sort's. Two passes over a million draws, where quickselect made several for
    /// each of the three percentiles (a quarter of a million-draw `simulate`).
    static func ranked(_ values: UnsafeMutableBufferPointer<Double>, low: Double, high: Double, ranks: [Int]) -> [Double] {
        guard high > low else { return ranks.map { _ in low } }
        let bucketCount = 1 << 16
        let scale = Double(bucketCount) / (high - low)
        @inline(__always) func bucket(_ value: Double) -> Int { min(bucketCount - 1, Int((value - low) * scale)) }
        var counts = [Int](repeating: 0, count: bucketCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for value in values { counts[bucket(value)] += 1 }
        }
        // Each rank's bucket, and its rank among that bucket's values.
        var targets: [(bucket: Int, within: Int)] = []
        var below = 0, current = 0
        for k in ranks {
            while below + counts[current] <= k { below += counts[current]; current += 1 }
            targets.append((current, k - below))
        }
        let wanted = Array(Set(targets.map(\.bucket))).sorted()
        var gathered = wanted.map { _ in [Double]() }
        for (slot, index) in wanted.enumerated() { gathered[slot].reserveCapacity(counts[index]) }
        for value in values {
            let b = bucket(value)
            if let slot = wanted.firstIndex(of: b) { gathered[slot].append(value) }
        }
        return targets.map { target in
            let slot = wanted.firstIndex(of: target.bucket)!
            return gathered[slot].withUnsafeMutableBufferPointer { bucketValues in
                select(bucketValues.baseAddress!, 0, bucketValues.count, target.within)
                return bucketValues[target.within]
            }
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
