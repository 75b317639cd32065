// The YAML document code (YAMLTree, YAMLEmitter, ScenarioKeyOrder) lives in LCDocument, below
// the server, so the command line's `import-workbook` writes YAML the way the web page does.
// Re-exported so the server's users keep seeing it through `import LCServer`.
@_exported import LCDocument
