import ArgumentParser

extension LCBudget {
    /// `lcbudget attendance import`: sign-in sheets.
    struct Attendance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import attendance (sign-in sheets) for a recorded scenario.",
            subcommands: [Import.self]
        )

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import a CSV of attendance (educator, role, date, activity, hours).",
                discussion: """
                The scenario must have a recorded run (`lcbudget project FILE --save`). Columns:
                  educator  the name as on the roster (rows with the same name are
                            one educator)
                  role      participant or leader (leaders are paid the leader rate)
                  date      YYYY-MM-DD, inside the project's planning on-ramp or years
                  activity  meeting, coaching, planning or other
                  hours     a number from 0 to 24, e.g. 2 or 1.5

                Any bad row refuses the whole file (every problem is listed as FILE:LINE:COLUMN) \
                and nothing is written. The same file imported twice is refused unless --again.

                Examples:
                  lcbudget attendance import \\
                      "Riverside K-8 Maker Educator Learning Community" \\
                      scenarios/samples/riverside-made-up-attendance.csv
                  lcbudget attendance import riverside-k-8-maker-educator-learning-community \\
                      sign-in-2028-03.csv --again
                """
            )

            @OptionGroup var input: ImportArguments

            func run() throws {
                try ImportFile.run(kind: .attendance, input)
            }
        }
    }
}
