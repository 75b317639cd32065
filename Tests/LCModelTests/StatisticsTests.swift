import Testing
@testable import LCModel

@Suite struct StatisticsTests {
    @Test func nearestRankIndexes() {
        #expect(Statistics.rank(10, 100_000) == 9_999)
        #expect(Statistics.rank(50, 100_000) == 49_999)
        #expect(Statistics.rank(90, 10) == 8)
        #expect(Statistics.rank(10, 1) == 0)
        #expect(Statistics.rank(90, 1) == 0)
        #expect(Statistics.rank(50, 3) == 1)
    }

    @Test func summaryMatchesASortedCopy() {
        let random = CounterRandom(seed: 3)
        // Few distinct values too, so ties are exercised; wide spreads over many more draws than
        // buckets (and a spread with one far outlier, which puts nearly every draw in one bucket),
        // so the counting selection meets full, sparse and crowded buckets.
        let cases: [(n: Int, spread: UInt64, outlier: Bool)] = [
            (1, 1_000_000, false), (2, 1_000_000, false), (3, 1_000_000, false), (10, 1_000_000, false),
            (999, 50, false), (10_000, 50, false), (200_000, 10_000_000_000, false), (200_000, 3_000, false),
            (100_000, 5_000, true),
        ]
        for (n, spread, outlier) in cases {
            var values = (0..<n).map { Double(random.bits(UInt64($0)) % spread) + 40_000_000 }
            if outlier { values[n / 3] = 9e15 }
            let sorted = values.sorted()
            let (stats, over) = values.withUnsafeMutableBufferPointer {
                Statistics.summarise($0, threshold: sorted[n / 2])
            }
            #expect(stats.p10.cents == Int64(sorted[Statistics.rank(10, n)]))
            #expect(stats.p50.cents == Int64(sorted[Statistics.rank(50, n)]))
            #expect(stats.p90.cents == Int64(sorted[Statistics.rank(90, n)]))
            #expect(stats.min.cents == Int64(sorted.first!))
            #expect(stats.max.cents == Int64(sorted.last!))
            #expect(over == sorted.filter { $0 > sorted[n / 2] }.count)
            let mean = (sorted.reduce(0, +) / Double(n)).rounded(.toNearestOrAwayFromZero)
            #expect(stats.mean.cents == Int64(mean))
        }
    }
}

@Suite struct HistogramTests {
    @Test func binsCoverMinToMaxAndCountEveryValue() {
        var values: [Double] = [100, 100, 105, 119, 120, 139, 140]
        let bins = values.withUnsafeMutableBufferPointer {
            Statistics.histogram($0, low: Money(cents: 100), high: Money(cents: 140), bins: 2)
        }
        // span 41 cents → width 21: [100, 121) and [121, 142).
        #expect(bins.map(\.lower.cents) == [100, 121])
        #expect(bins.map(\.upper.cents) == [121, 142])
        #expect(bins.map(\.count) == [5, 2])
    }

    @Test func oneValueMakesOneBin() {
        var values: [Double] = [500, 500, 500]
        let bins = values.withUnsafeMutableBufferPointer {
            Statistics.histogram($0, low: Money(cents: 500), high: Money(cents: 500))
        }
        #expect(bins == [HistogramBin(lower: Money(cents: 500), upper: Money(cents: 501), count: 3)])
    }
}

@Suite struct RoundCentsTests {
    @Test func roundsHalfCentsAwayFromZeroLikeTheDecimalProjector() {
        #expect(CompiledProjection.roundCents(12.5) == 13)
        #expect(CompiledProjection.roundCents(-12.5) == -13)
        #expect(CompiledProjection.roundCents(12.49) == 12)
        #expect(CompiledProjection.roundCents(0) == 0)
        // 0.145 dollars is 14.499999999999998 cents in binary; Decimal rounds 0.145 to 0.15.
        #expect(0.145 * 100 < 14.5)
        #expect(CompiledProjection.roundCents(0.145 * 100) == 15)
        #expect(CompiledProjection.roundCents(123_456_789_012.5) == 123_456_789_013)
        #expect(CompiledProjection.roundCents(0x1p53 + 2) == 0x1p53 + 2)
        // The nudge stays far below a cent on large lines ($100 million).
        #expect(CompiledProjection.roundCents(10_000_000_000.49) == 10_000_000_000)
        #expect(CompiledProjection.roundCents(-10_000_000_000.5) == -10_000_000_001)
    }
}
