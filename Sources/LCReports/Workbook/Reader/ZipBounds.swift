import Foundation

/// A bounds check of a zip archive's directory, run before ZIPFoundation opens it from memory.
///
/// ZIPFoundation's in-memory archive seeks wherever an entry's header points, and reading after
/// a seek beyond the end of the data traps (`Range requires lowerBound <= upperBound`) instead
/// of failing. A damaged upload must end in an error in words, so every place the library will
/// seek to — each entry's local header, its name and extra field, and its data — is checked to
/// lie inside the bytes first. This reads only the directory's offsets and lengths; unpacking
/// stays ZIPFoundation's.
///
/// ```swift
/// ZipBounds.problem(in: data)   // nil, or "entry 3's data runs past the end of the file"
/// ```
enum ZipBounds {
    static func problem(in data: Data) -> String? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard let low = u16(at), let high = u16(at + 2) else { return nil }
            return low | high << 16
        }
        // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
        // No directory at all is ZIPFoundation's to refuse ("not a zip archive"): it reads nothing then.
        guard bytes.count >= 22 else { return nil }
        var end: Int?
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 65_535) {
            if u32(at) == 0x0605_4B50 { end = at; break }
            at -= 1
        }
        guard let end, let count = u16(end + 10), let size = u32(end + 12), let start = u32(end + 16) else {
            return nil
        }
        // ZIP64 archives keep their real offsets elsewhere; a workbook lcbudget reads is never one.
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { return nil }
        guard start + size <= end else { return "its zip directory runs past the end of the file" }
        var entry = start
        for index in 1...max(count, 1) where count > 0 {
            guard u32(entry) == 0x0201_4B50, let compressed = u32(entry + 20), let nameLength = u16(entry + 28),
                  let extraLength = u16(entry + 30), let commentLength = u16(entry + 32), let local = u32(entry + 42)
            else { return "zip directory entry \(index) is damaged" }
            guard u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= bytes.count
            else { return "zip entry \(index)'s data runs past the end of the file" }
            entry += 46 + nameLength + extraLength + commentLength
            guard entry <= end else { return "zip directory entry \(index) runs past the directory" }
        }
        return nil
    }
}
