import Foundation
import FuzzSupport
import LCLoader
import LCModel
import LCReports

/// Feeds arbitrary template text to the brief and justification renderer, exactly as a
/// district's `--templates DIR` would: the text replaces one shipped template (picked by the
/// first byte) and the Riverside worked example's projection is rendered through it.
///
/// A broken template must be a thrown `TemplateError` naming the file, never a crash or hang.
@main
enum FuzzTemplates {
    nonisolated(unsafe) static var projection: Projection?
    nonisolated(unsafe) static var folder = URL(fileURLWithPath: "/")
    /// The templates a district may replace, plus one extra partial a template may include.
    static let names = ["brief.md", "brief.html", "justification.md", "recommendation", "extra"]

    /// Loads what every input shares. What it allocates lives as long as the process, so
    /// LeakSanitizer is told to ignore it (Fuzz/lsan-suppressions.txt names this function).
    @inline(never)
    static func fuzzSetUp() {
        guard let loaded = try? ScenarioLoader.load(path: workedExamplePath()) else { fatalError("fuzz: cannot load the worked example") }
        projection = Projector.project(loaded.scenario)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lcbudget-fuzz-templates-\(getpid())")
    }

    static func main() {
        fuzzSetUp()
        runFuzzer { data, size in
            let bytes = fuzzBytes(data, size)
            guard let mode = bytes.first,
                  let text = String(data: bytes.dropFirst(), encoding: .utf8) else { return 0 }
            let fm = FileManager.default
            try? fm.removeItem(at: FuzzTemplates.folder)
            try! fm.createDirectory(at: FuzzTemplates.folder, withIntermediateDirectories: true)
            let name = FuzzTemplates.names[Int(mode) % FuzzTemplates.names.count]
            try! Data(text.utf8).write(to: FuzzTemplates.folder.appendingPathComponent(name + ".mustache"))
            do throws(TemplateError) {
                let narrative = try Narrative(FuzzTemplates.projection!, templates: FuzzTemplates.folder)
                _ = narrative.briefHTML.count + narrative.briefMarkdown.count + narrative.justification.count
            } catch {
                precondition(!error.description.isEmpty)
            }
            return 0
        }
    }
}
