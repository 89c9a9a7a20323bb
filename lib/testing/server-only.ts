// Stands in for the server-only package under Vitest (Next resolves it to an empty module on the server).
export {};
