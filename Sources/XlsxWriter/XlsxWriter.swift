// Placeholder until the workbook wrapper lands.
