// Dapper calls are generated at build time so the app can be published Native AOT.
[module: Dapper.DapperAot]
