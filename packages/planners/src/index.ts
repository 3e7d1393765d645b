export const packageName = "@worldcoder/planners";
