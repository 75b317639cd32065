import XlsxWriter

/// The workbook's cell formats, registered once per workbook.
struct WorkbookStyles {
    static let moneyFormat = "$#,##0.00"
    static let shareFormat = "0.00%"
    static let inputFill: UInt32 = 0xFFF2CC   // pale yellow: cells a reader may change
    static let headerFill: UInt32 = 0xDDEBF7
    static let totalFill: UInt32 = 0xE2EFDA

    let title, header, section, label, indented, text, wrapped, key: Format
    /// A long note: italic grey, wrapping in a merged cell across its table (`Writer.note`).
    let note: Format
    let money: Format
    let subtotal: Format
    let subtotalLabel: Format
    let total: Format
    let totalLabel: Format
    let share: Format
    let inputMoney: Format
    let inputShare, inputCount, inputQuantity, gapShort, gapSurplus, subtotalShare, count, quantity, attention: Format

    init(_ workbook: Workbook) throws {
        title = try workbook.addFormat(FormatSpec(bold: true, fontSize: 14))
        header = try workbook.addFormat(FormatSpec(bold: true, fillColor: Self.headerFill, wrapText: true, bottomBorder: true))
        section = try workbook.addFormat(FormatSpec(bold: true))
        // Row labels wrap: a long source or line name grows its row instead of being cut off.
        label = try workbook.addFormat(FormatSpec(wrapText: true))
        indented = try workbook.addFormat(FormatSpec(indent: 1))
        text = try workbook.addFormat(FormatSpec(alignment: .left))
        wrapped = try workbook.addFormat(FormatSpec(wrapText: true))
        key = try workbook.addFormat(FormatSpec(italic: true, fontColor: 0x808080))
        note = try workbook.addFormat(FormatSpec(italic: true, fontColor: 0x808080, wrapText: true))
        money = try workbook.addFormat(FormatSpec(numberFormat: Self.moneyFormat))
        subtotal = try workbook.addFormat(FormatSpec(bold: true, numberFormat: Self.moneyFormat, topBorder: true))
        subtotalLabel = try workbook.addFormat(FormatSpec(bold: true, wrapText: true, topBorder: true))
        total = try workbook.addFormat(FormatSpec(bold: true, fillColor: Self.totalFill, numberFormat: Self.moneyFormat,
                                                  topBorder: true, bottomBorder: true))
        totalLabel = try workbook.addFormat(FormatSpec(bold: true, fillColor: Self.totalFill, topBorder: true, bottomBorder: true))
        share = try workbook.addFormat(FormatSpec(numberFormat: Self.shareFormat))
        inputMoney = try workbook.addFormat(FormatSpec(fillColor: Self.inputFill, numberFormat: Self.moneyFormat, unlocked: true))
        inputShare = try workbook.addFormat(FormatSpec(fillColor: Self.inputFill, numberFormat: Self.shareFormat, unlocked: true))
        inputCount = try workbook.addFormat(FormatSpec(fillColor: Self.inputFill, numberFormat: "#,##0", unlocked: true))
        inputQuantity = try workbook.addFormat(FormatSpec(fillColor: Self.inputFill, numberFormat: "General", unlocked: true))
        gapShort = try workbook.addFormat(FormatSpec(bold: true, fontColor: 0x9C0006, fillColor: 0xFFC7CE))
        gapSurplus = try workbook.addFormat(FormatSpec(fontColor: 0x006100, fillColor: 0xC6EFCE))
        subtotalShare = try workbook.addFormat(FormatSpec(bold: true, numberFormat: Self.shareFormat, topBorder: true))
        count = try workbook.addFormat(FormatSpec(numberFormat: "#,##0"))
        quantity = try workbook.addFormat(FormatSpec(numberFormat: "General"))
        attention = try workbook.addFormat(FormatSpec(bold: true, fontColor: 0x9C0006))
    }
}
