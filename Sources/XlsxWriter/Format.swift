import CXlsxWriter

/// How a cell looks: a value type, turned into a libxlsxwriter format by `Workbook.addFormat`.
///
/// ```swift
/// let money = try workbook.addFormat(FormatSpec(numberFormat: "$#,##0.00"))
/// let heading = try workbook.addFormat(FormatSpec(bold: true, fillColor: 0xDDEBF7, bottomBorder: true))
/// ```
public struct FormatSpec: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, center, right }

    public var bold = false
    public var italic = false
    public var fontSize: Double?
    /// 0xRRGGBB
    public var fontColor: UInt32?
    /// 0xRRGGBB solid fill.
    public var fillColor: UInt32?
    /// An Excel number format such as `$#,##0.00` or `0.0%`.
    public var numberFormat: String?
    public var alignment: Alignment?
    public var wrapText = false
    public var indent = 0
    public var topBorder = false
    public var bottomBorder = false
    /// Cells a reader may edit when the sheet is protected (the inputs).
    public var unlocked = false

    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
                fillColor: UInt32? = nil, numberFormat: String? = nil, alignment: Alignment? = nil,
                wrapText: Bool = false, indent: Int = 0, topBorder: Bool = false, bottomBorder: Bool = false,
                unlocked: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.numberFormat = numberFormat
        self.alignment = alignment
        self.wrapText = wrapText
        self.indent = indent
        self.topBorder = topBorder
        self.bottomBorder = bottomBorder
        self.unlocked = unlocked
    }

    /// Applies the spec to a fresh libxlsxwriter format (which copies every string it is given).
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fillColor)
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        switch alignment {
        case .left?: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center?: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right?: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        // Every cell sits at the top of its row: a row grown for wrapped text then reads
        // across from its first line, not from the bottom.
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        if wrapText { format_set_text_wrap(format) }
        if indent > 0 { format_set_indent(format, UInt8(min(indent, 15))) }
        if topBorder { format_set_top(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if unlocked { format_set_unlocked(format) }
    }
}

/// A format registered with one workbook; pass it to that workbook's sheets only.
public struct Format: Hashable, Sendable {
    let workbookID: ObjectIdentifier
    let index: Int
}
