export async function runPreview(_a: string[], _io: unknown): Promise<number> { return 2; }
