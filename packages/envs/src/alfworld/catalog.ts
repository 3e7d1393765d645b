/**
 * What each THOR type can do in the text household: the facts ALFWorld's PDDL problems carry per
 * object (heatable, coolable, cleanable, toggleable, openable, canContain). Types are the
 * lower-case names the text shows ("butterknife", "sinkbasin").
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Receptacle types that can be opened (a scene may still mark one instance non-openable). */
export const OPENABLE_TYPES = words("fridge cabinet microwave drawer safe box");

export const HEATABLE_TYPES = words("apple bread cup egg mug plate potato tomato");
export const COOLABLE_TYPES = words("apple bowl bread cup egg lettuce mug pan plate pot potato tomato winebottle");
export const CLEANABLE_TYPES = words(
  "apple bowl butterknife cloth cup dishsponge egg fork kettle knife ladle lettuce mug pan plate pot potato soapbar spatula spoon tomato",
);
export const TOGGLEABLE_TYPES = words("desklamp floorlamp");

/** Objects that can hold things in THOR; examining one says "This is a normal …". */
export const RECEPTACLE_OBJECT_TYPES = words("bowl box cup mug pan plate pot");

/** Objects that stay where they are: lamps, fixtures, big furniture shown on receptacles. */
export const FIXED_OBJECT_TYPES = words(
  "desklamp floorlamp television houseplant mirror painting poster window blinds curtains lightswitch showerdoor showerglass stoveknob laundryhamperlid chair",
);

/** Appliances that get a power switch in the powered variant's kitchens (switched off at the start). */
export const POWERED_APPLIANCE_TYPES = words("coffeemachine microwave stoveburner toaster");

/** The receptacle types that clean, heat and cool (PDDL: SinkBasinType, MicrowaveType, FridgeType). */
export const CLEAN_WITH = "sinkbasin";
export const HEAT_WITH = "microwave";
export const COOL_WITH = "fridge";

const tableTop =
  "alarmclock apple baseballbat basketball book bowl box bread butterknife candle cd cellphone cloth creditcard cup dishsponge egg fork glassbottle handtowel kettle keychain knife ladle laptop lettuce mug newspaper pan papertowel pen pencil peppershaker plate pot potato remotecontrol saltshaker soapbar soapbottle spatula spoon spraybottle statue tennisracket tissuebox toiletpaper toiletpaperroll tomato vase watch wateringcan winebottle";
const seat = "basketball book box cellphone cloth creditcard keychain laptop newspaper pillow remotecontrol";
const furnitureTop =
  "alarmclock basketball book bowl box candle cd cellphone cloth creditcard cup glassbottle keychain laptop mug newspaper pen pencil plate remotecontrol spraybottle statue tennisracket tissuebox toiletpaper toiletpaperroll vase watch wateringcan winebottle";

/** canContain(receptacle type, object type): which objects a put may place where. */
const CAN_CONTAIN: Record<string, ReadonlySet<string>> = {
  armchair: words(seat),
  bathtubbasin: words("cloth dishsponge handtowel soapbar"),
  bed: words("baseballbat basketball book cellphone laptop newspaper pillow tennisracket"),
  cabinet: words(
    "book bowl box candle cd cloth cup dishsponge glassbottle handtowel kettle ladle mug newspaper pan peppershaker plate plunger pot saltshaker soapbar soapbottle spraybottle tissuebox toiletpaper toiletpaperroll vase wateringcan winebottle",
  ),
  cart: words(
    "candle cloth dishsponge handtowel mug papertowel plunger soapbar soapbottle spraybottle statue tissuebox toiletpaper toiletpaperroll vase",
  ),
  coffeemachine: words("mug"),
  coffeetable: words(tableTop),
  countertop: words(tableTop),
  desk: words(furnitureTop + " soapbottle"),
  diningtable: words(tableTop),
  drawer: words(
    "book butterknife candle cd cellphone cloth creditcard dishsponge fork handtowel keychain knife ladle newspaper pen pencil peppershaker remotecontrol saltshaker soapbar soapbottle spatula spoon spraybottle tissuebox toiletpaper toiletpaperroll watch wateringcan",
  ),
  dresser: words(furnitureTop),
  fridge: words("apple bowl bread cup egg glassbottle lettuce mug pan plate pot potato tomato winebottle"),
  garbagecan: words(
    "apple bread cd cloth dishsponge egg handtowel lettuce newspaper papertowel pen pencil potato soapbar soapbottle spraybottle tissuebox toiletpaper toiletpaperroll tomato winebottle",
  ),
  handtowelholder: words("handtowel"),
  laundryhamper: words("cloth"),
  microwave: words("apple bowl bread cup egg glassbottle mug plate potato tomato"),
  ottoman: words(seat),
  safe: words("cd cellphone creditcard keychain statue vase watch"),
  shelf: words(
    "alarmclock book bowl box candle cd cellphone cloth creditcard cup dishsponge glassbottle handtowel kettle keychain mug newspaper papertowel pen pencil peppershaker plate pot remotecontrol saltshaker soapbar soapbottle spraybottle statue tissuebox toiletpaper toiletpaperroll vase watch wateringcan winebottle",
  ),
  sidetable: words(tableTop),
  sinkbasin: words(
    "apple bowl butterknife cloth cup dishsponge egg fork glassbottle handtowel kettle knife ladle lettuce mug pan plate pot potato soapbar spatula spoon tomato",
  ),
  sofa: words(seat),
  stoveburner: words("kettle pan pot"),
  toaster: words(""),
  toilet: words(
    "candle cloth dishsponge handtowel newspaper papertowel soapbar soapbottle spraybottle tissuebox toiletpaper toiletpaperroll",
  ),
  toiletpaperhanger: words("toiletpaper toiletpaperroll"),
  towelholder: words("towel"),
  tvstand: words("tissuebox"),
};

/**
 * Whether a put may place an object type in a receptacle type. Receptacle types outside the
 * table (a scene may invent one) accept everything, so hand-written scenes stay playable.
 */
export function canContain(receptacleType: string, objectType: string): boolean {
  const allowed = CAN_CONTAIN[receptacleType];
  return allowed === undefined ? true : allowed.has(objectType);
}

/** Receptacle types that have a canContain entry, for the generator. */
export function knownReceptacleTypes(): string[] {
  return Object.keys(CAN_CONTAIN);
}

/** Every type name the catalog knows (receptacles, objects, fixtures), sorted: the type vocabulary. */
export function knownTypeNames(): string[] {
  const all = new Set<string>([...Object.keys(CAN_CONTAIN), CLEAN_WITH, HEAT_WITH, COOL_WITH]);
  for (const set of [...Object.values(CAN_CONTAIN), OPENABLE_TYPES, HEATABLE_TYPES, COOLABLE_TYPES, CLEANABLE_TYPES, TOGGLEABLE_TYPES, RECEPTACLE_OBJECT_TYPES, FIXED_OBJECT_TYPES, POWERED_APPLIANCE_TYPES]) {
    for (const t of set) all.add(t);
  }
  return [...all].sort();
}

/** "apple 12" → "apple". Names are `<type> <instance number>`, as the Demangler writes them. */
export function typeOfName(name: string): string {
  const space = name.lastIndexOf(" ");
  return space < 0 ? name : name.slice(0, space);
}

export function instanceOfName(name: string): number {
  const space = name.lastIndexOf(" ");
  return space < 0 ? 0 : Number(name.slice(space + 1));
}
