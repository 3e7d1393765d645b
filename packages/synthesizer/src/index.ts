export const packageName = "@worldcoder/synthesizer";
