# The command line's --help: what each command and option is for, and clap's own words.
# An id is help-<command path>[-<option>]; English stays in the doc comments of src/cli.
