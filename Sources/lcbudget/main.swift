import LCCommandLine

// The whole command line lives in LCCommandLine; this executable only starts it.
await CommandLineTool.main()
