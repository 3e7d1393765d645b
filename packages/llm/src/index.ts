export const packageName = "@worldcoder/llm";
