export const packageName = "@worldcoder/agents";
