export const packageName = "@worldcoder/sandbox";
