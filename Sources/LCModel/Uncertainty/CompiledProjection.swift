import Foundation

/// The base projection's lines compiled into a flat program over the uncertain inputs, so one
/// draw re-costs every line without building a `Projection`.
///
/// Nothing here knows a cost rule: the program is read off each `LineItem`'s `Basis` and its
/// factors' `Term`s, exactly as the projector built them. Factors that name no uncertain input
/// are folded into one exact constant per line (multiplied in `Exact`, converted to `Double`
/// once); lines that depend on no uncertain input keep the projector's exact amount. What
/// remains is evaluated in binary floating point and each line is rounded to cents, halves away
/// from zero, as the projector does — so at base values it reproduces the exact projection
/// (checked by `mismatchesAtBase()`).
struct CompiledProjection: Sendable {
    enum Op: Sendable {
        /// Push a constant.
        case push(Double)
        /// Push the drawn value of uncertain input `slot`.
        case input(Int)
        /// Push (1 + input)^exponent, multiplied out as `Exact.power` does.
        case growth(slot: Int, exponent: Int)
        case add, subtract, multiply
        /// Pop b, a; push ceil(a / b).
        case ceilDivide
        /// Pop a; push a / constant.
        case divide(Double)
        /// Push `constant` + Σ cents of the lines `references[start ..< start + count]`.
        case lineSum(start: Int, count: Int, constant: Double)
        /// Pop a value in cents, round it half away from zero and store it as line `index`.
        case storeLine(Int)
        /// Fused forms of a leaf followed by `.multiply`: the top of the stack times the leaf's
        /// value, in place. The same one multiplication in the same order as the pair they
        /// replace, so results are identical; they only save the interpreter a dispatch and a
        /// stack slot (most factors of a product line are leaves).
        case multiplyConstant(Double)
        case multiplyInput(Int)
        case multiplyGrowth(slot: Int, exponent: Int)
        case multiplyLineSum(start: Int, count: Int, constant: Double)
    }

    let ops: [Op]
    let references: [Int]
    /// Every line's base cents; lines the program never stores keep these.
    let baseLines: [Double]
    /// Per period: Σ cents of its constant lines, and its variable lines.
    let periodConstant: [Double]
    let periodVariableLines: [[Int]]
    /// `periodVariableLines` flattened (one array, no inner array to retain per draw), each
    /// period's lines at `variableLineStart[period] ..< variableLineStart[period + 1]`.
    let variableLines, variableLineStart: [Int]
    let slotCount, stackSize: Int

    /// Compiles `projection`'s lines with `slots[j]` = the term keys uncertain input `j` drives.
    init(_ projection: Projection, slots: [[String]]) {
        var slotOf: [String: Int] = [:]
        for (slot, keys) in slots.enumerated() { for key in keys { slotOf[key] = slot } }
        let base = UncertainField.baseTermValues(projection.scenario)

        var ops: [Op] = []
        var references: [Int] = []
        var baseLines: [Double] = []
        var variable: [Bool] = []
        var periodConstant: [Double] = []
        var periodVariableLines: [[Int]] = []
        var depth = 0, maxDepth = 1

        func push(_ op: Op) {
            if case .multiply = op, let leaf = ops.last, let fused = Self.fusing(leaf) {
                // The leaf is the multiplication's whole right operand (a leaf pushes one value
                // and takes none), so the pair becomes one in-place multiply.
                ops[ops.count - 1] = fused
                depth -= 1
                return
            }
            ops.append(op)
            switch op {
            case .push, .input, .growth, .lineSum: depth += 1
            case .add, .subtract, .multiply, .ceilDivide, .storeLine: depth -= 1
            case .divide, .multiplyConstant, .multiplyInput, .multiplyGrowth, .multiplyLineSum: break
            }
            maxDepth = max(maxDepth, depth)
        }
        func isVariable(_ term: Term) -> Bool {
            switch term {
            case .input(let key), .growth(let key, _): slotOf[key] != nil
            case let .difference(a, b), let .sum(a, b), let .ceilRatio(a, b): isVariable(a) || isVariable(b)
            case .ratio(let a, _): isVariable(a)
            case .constant: false
            }
        }
        func emit(_ term: Term) {
            switch term {
            case .input(let key):
                if let slot = slotOf[key] { push(.input(slot)) } else { push(.push((base[key] ?? 0).binary)) }
            case let .growth(key, exponent):
                if let slot = slotOf[key] {
                    push(.growth(slot: slot, exponent: exponent))
                } else {
                    push(.push(Exact.power(1 + Exact(base[key] ?? 0), exponent).double))
                }
            case let .difference(a, b): emit(a); emit(b); push(.subtract)
            case let .sum(a, b): emit(a); emit(b); push(.add)
            case let .ceilRatio(a, b): emit(a); emit(b); push(.ceilDivide)
            case let .ratio(a, divisor): emit(a); push(.divide(divisor.binary))
            case .constant(let c): push(.push(c.binary))
            }
        }
        /// Emits `rate × Σ lines`, folding constant lines into one number.
        func emitShare(rate: Factor, of lines: [Int]) {
            if isVariable(rate.term) { emit(rate.term) } else { push(.push(rate.exact.double)) }
            let start = references.count
            var constant = 0.0
            for line in lines {
                if variable[line] { references.append(line) } else { constant += baseLines[line] }
            }
            push(.lineSum(start: start, count: references.count - start, constant: constant))
            push(.multiply)
        }

        for period in projection.periods {
            let first = baseLines.count
            var constantTotal = 0.0
            var variableLines: [Int] = []
            for (offset, line) in period.lines.enumerated() {
                let index = first + offset
                baseLines.append(Double(line.amount.cents))
                let earlier = Array(first..<index)
                var isVar = false
                switch line.basis {
                case .product(let factors):
                    let varying = factors.filter { isVariable($0.term) }
                    if !varying.isEmpty {
                        isVar = true
                        // Constant factors multiplied exactly, times 100 for cents.
                        let constant = Exact.product(factors.filter { !isVariable($0.term) }.map(\.exact)) * 100
                        push(.push(constant.double))
                        for factor in varying { emit(factor.term); push(.multiply) }
                    }
                case let .shareOf(rate, keys):
                    let lines = earlier.filter { keys.contains(period.lines[$0 - first].key) }
                    if isVariable(rate.term) || lines.contains(where: { variable[$0] }) {
                        isVar = true
                        emitShare(rate: rate, of: lines)
                    }
                case let .indirect(rate, _, excluded):
                    let lines = earlier.filter { !excluded.contains(period.lines[$0 - first].category) }
                    if isVariable(rate.term) || lines.contains(where: { variable[$0] }) {
                        isVar = true
                        emitShare(rate: rate, of: lines)
                    }
                }
                variable.append(isVar)
                if isVar {
                    push(.storeLine(index))
                    variableLines.append(index)
                } else {
                    constantTotal += Double(line.amount.cents)
                }
            }
            periodConstant.append(constantTotal)
            periodVariableLines.append(variableLines)
        }
        self.ops = ops
        self.references = references
        self.baseLines = baseLines
        self.periodConstant = periodConstant
        self.periodVariableLines = periodVariableLines
        self.variableLines = periodVariableLines.flatMap { $0 }
        var starts = [0]
        for lines in periodVariableLines { starts.append(starts.last! + lines.count) }
        self.variableLineStart = starts
        self.slotCount = slots.count
        self.stackSize = maxDepth
    }

    /// The in-place multiply that replaces `leaf` followed by `.multiply`, if `leaf` is a leaf.
    static func fusing(_ leaf: Op) -> Op? {
        switch leaf {
        case .push(let c): .multiplyConstant(c)
        case .input(let slot): .multiplyInput(slot)
        case let .growth(slot, exponent): .multiplyGrowth(slot: slot, exponent: exponent)
        case let .lineSum(start, count, constant): .multiplyLineSum(start: start, count: count, constant: constant)
        default: nil
        }
    }

    /// (1 + input)^exponent, multiplied out as `Exact.power` does.
    @inline(__always)
    static func growth(_ input: Double, _ exponent: Int) -> Double {
        let factor = 1 + input
        var result = 1.0
        for _ in 0..<exponent { result *= factor }
        return result
    }

    /// `constant` + Σ cents of the lines `references[start ..< start + count]`.
    @inline(__always)
    static func lineSum(_ lines: UnsafeMutablePointer<Double>, _ references: UnsafeBufferPointer<Int>,
                        start: Int, count: Int, constant: Double) -> Double {
        var sum = constant
        for k in start..<(start + count) { sum += lines[references[k]] }
        return sum
    }

    /// Rounds a value in cents to whole cents, halves away from zero.
    ///
    /// The magnitude is first nudged up by 10⁻¹⁴ of itself (about 50 ulps): the few ulps a
    /// `Double` product can lose would otherwise turn an exact half cent (which the `Decimal`
    /// projector rounds up) into 0.4999… and round it down. The nudge is relative so it stays far
    /// below a cent (10⁻⁴ cent on a $100 million line). Rounding is by truncating `|x| + 0.5` to
    /// an integer (one instruction), not libm's `round`, which callgrind showed at 9% of a run;
    /// from 2⁵² cents on every double is whole already.
    @inline(__always)
    static func roundCents(_ value: Double) -> Double {
        let magnitude = value.magnitude
        guard magnitude < 0x1p52 else { return value }
        let rounded = Double(Int64(magnitude + magnitude * 1e-14 + 0.5))
        return value < 0 ? -rounded : rounded
    }

    /// Runs the program for one draw: `inputs` holds the drawn values, `lines` the line cents
    /// (start from `baseLines`), `totals` receives each period's total in cents.
    @inline(__always)
    func evaluate(ops: UnsafeBufferPointer<Op>, references: UnsafeBufferPointer<Int>,
                  inputs: UnsafePointer<Double>, lines: UnsafeMutablePointer<Double>,
                  stack: UnsafeMutablePointer<Double>, totals: UnsafeMutablePointer<Double>) {
        var top = -1
        for op in ops {
            switch op {
            case .push(let c):
                top += 1; stack[top] = c
            case .input(let slot):
                top += 1; stack[top] = inputs[slot]
            case let .growth(slot, exponent):
                top += 1; stack[top] = Self.growth(inputs[slot], exponent)
            case .add:
                top -= 1; stack[top] += stack[top + 1]
            case .subtract:
                top -= 1; stack[top] -= stack[top + 1]
            case .multiply:
                top -= 1; stack[top] *= stack[top + 1]
            case .ceilDivide:
                top -= 1; stack[top] = (stack[top] / stack[top + 1]).rounded(.up)
            case .divide(let c):
                stack[top] /= c
            case let .lineSum(start, count, constant):
                top += 1; stack[top] = Self.lineSum(lines, references, start: start, count: count, constant: constant)
            case .storeLine(let index):
                lines[index] = Self.roundCents(stack[top]); top -= 1
            case .multiplyConstant(let c):
                stack[top] *= c
            case .multiplyInput(let slot):
                stack[top] *= inputs[slot]
            case let .multiplyGrowth(slot, exponent):
                stack[top] *= Self.growth(inputs[slot], exponent)
            case let .multiplyLineSum(start, count, constant):
                stack[top] *= Self.lineSum(lines, references, start: start, count: count, constant: constant)
            }
        }
        variableLines.withUnsafeBufferPointer { variable in
        variableLineStart.withUnsafeBufferPointer { start in
        periodConstant.withUnsafeBufferPointer { constant in
            for period in 0..<constant.count {
                var total = constant[period]
                for k in start[period]..<start[period + 1] { total += lines[variable[k]] }
                totals[period] = total
            }
        }}}
    }

    /// Evaluates once at `inputs` (one value per slot) and returns every period's total in cents.
    func periodTotals(at inputs: [Double]) -> (lines: [Double], totals: [Double]) {
        var lines = baseLines
        var totals = [Double](repeating: 0, count: periodConstant.count)
        var stack = [Double](repeating: 0, count: stackSize + 1)
        ops.withUnsafeBufferPointer { ops in
            references.withUnsafeBufferPointer { refs in
                inputs.withUnsafeBufferPointer { x in
                    lines.withUnsafeMutableBufferPointer { l in
                        stack.withUnsafeMutableBufferPointer { s in
                            totals.withUnsafeMutableBufferPointer { t in
                                evaluate(ops: ops, references: refs, inputs: x.baseAddress!, lines: l.baseAddress!,
                                         stack: s.baseAddress!, totals: t.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
        return (lines, totals)
    }
}
