// Generated from openapi.yaml — do not edit.

// The runtime support this module's code is written against, visible to every importer.
@_exported public import LocksmithAPIRuntime
