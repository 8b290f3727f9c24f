"""The bottom layer, which every other package may use: the two errors a build stops with, YAML
read with line numbers, and the official text as numbered lines."""
