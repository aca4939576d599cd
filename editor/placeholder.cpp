// The editor library starts with the diagram scene; this file keeps the target non-empty.
