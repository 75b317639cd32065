import Foundation

/// How costs grow and are paid for: `escalation`, `indirect`, `funding`, and lcbudget's
/// funding extensions (docs/funding.md).
extension FieldRegistry {
    static let escalation: [FieldSpec] = [
        FieldSpec("escalation.compensation", .escalationAndIndirect, .share, unit: "per year",
                  min: Decimal(string: "-0.1")!, max: Decimal(string: "0.25")!, default: "0",
                  label: "Yearly growth of pay",
                  help: "How much pay grows each year from year 2 on (0.03 = 3%): stipends, buyouts, substitutes and coaching.",
                  workbook: "CompensationEscalation", uncertain: true,
                  feeds: "c",
                  note: "Applied to stipends, buyouts, substitutes and coaching from year 2 on (the guide is silent).",
                  access: FieldSpec.decimal({ $0.escalation.compensation }, { $0.escalation.compensation = $1 })),
        FieldSpec("escalation.goods", .escalationAndIndirect, .share, unit: "per year",
                  min: Decimal(string: "-0.1")!, max: Decimal(string: "0.25")!, default: "0",
                  label: "Yearly growth of goods and services",
                  help: "How much purchases grow each year from year 2 on: food, childcare, kits, credentials and other costs.",
                  workbook: "GoodsEscalation", uncertain: true,
                  feeds: "g",
                  note: "Applied to food, childcare, kits, credentials and other costs from year 2 on.",
                  access: FieldSpec.decimal({ $0.escalation.goods }, { $0.escalation.goods = $1 })),
    ]

    static let indirect: [FieldSpec] = [
        FieldSpec("indirect.rate", .escalationAndIndirect, .share, unit: "share of the base", min: 0, max: 1, required: true,
                  label: "Indirect cost rate",
                  help: "The grantee's negotiated indirect (overhead) rate, as a share of the base (0.10 = 10%).",
                  workbook: "IndirectRate", uncertain: true,
                  feeds: "indirect = rate · base, per project year",
                  note: "The grantee's negotiated indirect rate (the guide is silent).",
                  access: FieldSpec.decimal({ $0.indirect?.rate }, { $0.indirect?.rate = $1 })),
        FieldSpec("indirect.base", .escalationAndIndirect, .choice, default: "total_direct",
                  label: "Indirect cost base",
                  help: "What the rate is charged on: all direct costs, or modified total direct costs (mtdc), which leave out participant support.",
                  choices: [Indirect.Base.totalDirect, .mtdc].map(\.rawValue),
                  feeds: "`mtdc` leaves out participant support costs (only when `employees: false`)",
                  access: FieldSpec.text({ $0.indirect?.base.rawValue },
                                         { s, t in if let b = Indirect.Base(rawValue: t) { s.indirect?.base = b } })),
        FieldSpec("indirect.program", .escalationAndIndirect, .choice, default: "general",
                  label: "Kind of award",
                  help: "The kind of award the indirect rate is charged to; ed_training limits indirect to 8% (a U.S. Department of Education training grant).",
                  choices: IndirectProgram.allCases.map(\.rawValue), extensionPage: "funding.md",
                  feeds: "indirect-cost limits",
                  access: FieldSpec.text({ $0.fundingTerms.indirectProgram.rawValue },
                                         { s, t in if let p = IndirectProgram(rawValue: t) { s.fundingTerms.indirectProgram = p } })),
        FieldSpec("indirect.de_minimis", .escalationAndIndirect, .boolean, default: "false",
                  label: "De minimis rate",
                  help: "Yes when the rate is the federal de minimis rate rather than a negotiated one.",
                  extensionPage: "funding.md",
                  feeds: "de minimis ceiling",
                  access: FieldSpec.flag({ $0.fundingTerms.deMinimis }, { $0.fundingTerms.deMinimis = $1 })),
        FieldSpec("indirect.award_date", .escalationAndIndirect, .date, unit: "date",
                  label: "Federal award date",
                  help: "The date of the federal award, as YYYY-MM-DD; it decides the de minimis ceiling.",
                  extensionPage: "funding.md",
                  feeds: "de minimis ceiling",
                  access: FieldSpec.text({ $0.fundingTerms.awardDate?.iso },
                                         { s, t in if let d = CivilDate(iso: t) { s.fundingTerms.awardDate = d } })),
    ]

    static let funding: [FieldSpec] = [
        FieldSpec("funding.*.source", .funding, .text, required: true,
                  label: "Funding source",
                  help: "Who gives the money: a fund, a grant, a partner.",
                  feeds: "the funding table",
                  access: (read: { s, i in s.funding.flatMap { i[0] < $0.count ? .text($0[i[0]].source) : nil } },
                           write: { s, i, v in
                               if case .text(let t) = v, let n = s.funding?.count, i[0] < n { s.funding![i[0]].source = t }
                           })),
        FieldSpec("funding.*.kind", .funding, .choice, default: "other",
                  label: "Kind of source",
                  help: "Whether the money comes from the district, a grant, a partner, in kind, or elsewhere.",
                  choices: FundingSource.Kind.allCases.map(\.rawValue),
                  feeds: "the funding table",
                  access: (read: { s, i in s.funding.flatMap { i[0] < $0.count ? .text($0[i[0]].kind.rawValue) : nil } },
                           write: { s, i, v in
                               if case .text(let t) = v, let kind = FundingSource.Kind(rawValue: t),
                                  let n = s.funding?.count, i[0] < n { s.funding![i[0]].kind = kind }
                           })),
        FieldSpec("funding.*.by_year.*", .funding, .money, unit: "$ per year", min: 0, max: 1_000_000_000, limit: true,
                  required: true,
                  label: "Amount in the year",
                  help: "What the source gives in each project year: exactly one amount per year.",
                  recommendation: "Secure funding for every year of the community",
                  advisories: ["FUNDING_GAP"],
                  feeds: "per year: funded = Σ amounts, gap = year total − funded; FUNDING_GAP",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count, i[1] < f[i[0]].byYear.count else { return nil }
                      return .number(f[i[0]].byYear[i[1]])
                  }, write: { s, i, v in
                      guard let n = v.number, let f = s.funding, i[0] < f.count, i[1] < f[i[0]].byYear.count else { return }
                      s.funding![i[0]].byYear[i[1]] = n
                  })),
        FieldSpec("funding.*.federal", .funding, .boolean, default: "false",
                  label: "Federal funds",
                  help: "Yes when the source is federal money; in the file also the federal share of what it pays, such as 0.4 for a grant that is 40% federal pass-through. The rest counts as non-federal match.",
                  extensionPage: "funding.md",
                  feeds: "SF-424A federal and non-federal columns",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count else { return nil }
                      return .flag(s.fundingTerms.source(i[0]).federal)
                  }, write: { s, i, v in
                      guard case .flag(let b) = v, let count = s.funding?.count, i[0] < count,
                            s.fundingTerms.source(i[0]).federal != b else { return }
                      s.fundingTerms.sources += Array(repeating: SourceTerms(), count: max(0, count - s.fundingTerms.sources.count))
                      s.fundingTerms.sources[i[0]].federal = b
                  })),
        FieldSpec("funding.*.planning", .funding, .money, unit: "$", min: 0, max: 1_000_000_000, limit: true, default: "0",
                  label: "Toward the planning on-ramp",
                  help: "What the source gives toward the planning on-ramp, before year 1.",
                  extensionPage: "funding.md",
                  feeds: "planning funding",
                  access: (read: { s, i in
                      guard let f = s.funding, i[0] < f.count else { return nil }
                      return .number(s.fundingTerms.source(i[0]).planning)
                  }, write: { s, i, v in
                      guard let n = v.number, let count = s.funding?.count, i[0] < count,
                            s.fundingTerms.source(i[0]).planning != n else { return }
                      s.fundingTerms.sources += Array(repeating: SourceTerms(), count: max(0, count - s.fundingTerms.sources.count))
                      s.fundingTerms.sources[i[0]].planning = n
                  })),
        FieldSpec("fiscal_year_start_month", .funding, .integer, unit: "month", min: 1, max: 12, default: "7",
                  label: "Fiscal year starts in",
                  help: "The month the district's fiscal year begins (7 = July), for the fiscal-year view.",
                  extensionPage: "funding.md",
                  feeds: "fiscal-year view",
                  access: FieldSpec.integer({ $0.fiscalYearStartMonth }, { $0.fiscalYearStartMonth = $1 })),
    ]
}
