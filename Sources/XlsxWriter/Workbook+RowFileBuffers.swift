import CXlsxWriter
import Foundation

/// The stdio buffers of a constant-memory workbook's row files.
///
/// In constant-memory mode libxlsxwriter writes each finished row to a temporary file of its
/// sheet through stdio's default 4 KB buffer: one `write(2)` per 4 KB, about 5,000 for a
/// 1,000-scenario batch's Line items, and as many `read(2)` when the sheet is put together at
/// close. A 1 MB buffer, set before the file's first write as `setvbuf` requires, makes that
/// about 20 of each; the bytes, and so the workbook, are the same.
///
/// Who frees a buffer: libxlsxwriter closes a sheet's row file while it assembles that sheet,
/// which `workbook_close` does for every sheet with a row, and only when it succeeds. Only those
/// buffers are freed. Any other file stays open for the rest of the process (libxlsxwriter
/// never closes the file of a sheet with no rows), and stdio flushes open files at exit, so its
/// buffer must outlive it: it is left allocated, reachable from the open file.
final class RowFileBuffers {
    static let size = 1 << 20
    private var attached: [(sheet: UnsafeMutablePointer<lxw_worksheet>, buffer: UnsafeMutableRawPointer)] = []
    /// The buffers to free once the workbook has closed without an error.
    private var freedByClose: [UnsafeMutableRawPointer] = []

    /// Gives the sheet's row file a large buffer (only a new sheet's: its file has not been written).
    func attach(to sheet: UnsafeMutablePointer<lxw_worksheet>) {
        guard let file = sheet.pointee.optimize_tmpfile, let buffer = malloc(Self.size) else { return }
        guard setvbuf(file, buffer.assumingMemoryBound(to: CChar.self), _IOFBF, Self.size) == 0 else {
            free(buffer)
            return
        }
        attached.append((sheet, buffer))
    }

    /// Call just before `workbook_close`, which frees the sheets: notes which row files the
    /// close will close (those of sheets with at least one row).
    func closing() {
        freedByClose = attached.filter { $0.sheet.pointee.dim_rowmin != lxw_row_t(LXW_ROW_MAX) }.map(\.buffer)
        attached = []
    }

    /// Call once `workbook_close` has succeeded: frees the buffers of the files it closed.
    func closed() {
        freedByClose.forEach { free($0) }
        freedByClose = []
    }
}
