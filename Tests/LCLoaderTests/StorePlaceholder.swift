// Tests arrive with their files.
