import {
  CLEAN_WITH,
  CLEANABLE_TYPES,
  COOL_WITH,
  COOLABLE_TYPES,
  FIXED_OBJECT_TYPES,
  HEAT_WITH,
  HEATABLE_TYPES,
  RECEPTACLE_OBJECT_TYPES,
  TOGGLEABLE_TYPES,
  canContain,
  typeOfName,
} from "./catalog.js";
import { type AlfworldScene, isOpenableByDefault } from "./scene.js";
import { formatList, receptacleText, sortNames } from "./text.js";

export interface ReceptacleState {
  readonly name: string;
  readonly type: string;
  /** Location key; receptacles sharing it stand together. */
  readonly location: string;
  readonly openable: boolean;
  open: boolean;
  readonly contents: Set<string>;
  /** Power switch (powered variant): true on, false off; null: no switch, as in ALFWorld. */
  on: boolean | null;
}

export interface ObjectState {
  readonly name: string;
  readonly type: string;
  /** Receptacle holding it, or null while the agent carries it. */
  in: string | null;
  hot: boolean;
  cold: boolean;
  clean: boolean;
  /** Lamps: ALFWorld's isToggled, set by every `use`, which is what both the text and the goal read. */
  on: boolean;
}

/** How `go to` feedback reads: the ReAct harness strips "You arrive at loc N. ". */
export type Presentation = "react" | "textworld";

/**
 * The state of one text household and the commands it admits. A command is valid exactly when it
 * is one of the admissible commands (TextWorld's PddlEnv rule); anything else leaves the state as
 * it is and reads "Nothing happens.".
 */
export class Household {
  readonly receptacles = new Map<string, ReceptacleState>();
  readonly objects = new Map<string, ObjectState>();
  /** Location key of the agent; null in the middle of the room, where the episode starts. */
  location: string | null = null;
  /** The receptacle the agent last went to (names the location for people and the LLM). */
  at: string | null = null;
  holding: string | null = null;
  private readonly locationNumbers = new Map<string, number>();
  private admissibleCache: Map<string, () => string> | null = null;

  constructor(scene: AlfworldScene) {
    // Location keys written "loc N" (as the symbolic state shows them) keep their number; the
    // others are numbered after them in order of appearance.
    const used = new Set<number>();
    for (const r of scene.receptacles) {
      const m = /^loc ([1-9][0-9]*)$/.exec(r.location ?? "");
      if (m) {
        this.locationNumbers.set(r.location!, Number(m[1]));
        used.add(Number(m[1]));
      }
    }
    let nextNumber = 1;
    for (const r of scene.receptacles) {
      const openable = r.openable ?? isOpenableByDefault(r.name);
      const location = r.location ?? r.name;
      if (!this.locationNumbers.has(location)) {
        while (used.has(nextNumber)) nextNumber++;
        this.locationNumbers.set(location, nextNumber);
        used.add(nextNumber);
      }
      this.receptacles.set(r.name, {
        name: r.name,
        type: typeOfName(r.name),
        location,
        openable,
        open: openable ? (r.open ?? false) : true,
        contents: new Set(),
        on: r.on ?? null,
      });
    }
    for (const o of scene.objects) {
      this.objects.set(o.name, {
        name: o.name,
        type: typeOfName(o.name),
        in: o.in,
        hot: o.hot ?? false,
        cold: o.cold ?? false,
        clean: o.clean ?? false,
        on: o.on ?? false,
      });
      this.receptacles.get(o.in)!.contents.add(o.name);
    }
  }

  /** Receptacles at the agent's location, in ALFWorld's list order. */
  receptaclesHere(): ReceptacleState[] {
    if (this.location === null) return [];
    const here: string[] = [];
    for (const r of this.receptacles.values()) if (r.location === this.location) here.push(r.name);
    return sortNames(here).map((n) => this.receptacles.get(n)!);
  }

  locationNumber(location: string): number {
    return this.locationNumbers.get(location)!;
  }

  describeReceptacle(name: string): string {
    const r = this.receptacles.get(name)!;
    return receptacleText(r.name, r.openable, r.open, sortNames(r.contents));
  }

  look(): string {
    if (this.location === null) {
      return `You are in the middle of a room. Looking quickly around you, you see ${formatList(sortNames(this.receptacles.keys()))}.`;
    }
    const here = this.receptaclesHere().map((r) => r.name);
    // Objects lying at the location outside every receptacle do not exist in this model: "nothing".
    return `You are facing the ${formatList(here, "")}. Next to it, you see nothing.`;
  }

  /** Sorted, deduplicated admissible commands, as PddlEnv lists them. */
  admissibleCommands(): string[] {
    return [...this.admissible().keys()].sort();
  }

  isAdmissible(command: string): boolean {
    return this.admissible().has(command);
  }

  /**
   * Runs an admissible command and returns its feedback; returns null (state untouched) for any
   * other string.
   */
  execute(command: string, presentation: Presentation = "react"): string | null {
    const run = this.admissible().get(command);
    if (!run) return null;
    const feedback = run();
    this.admissibleCache = null;
    if (presentation === "textworld" && command.startsWith("go to ")) {
      return `You arrive at loc ${this.locationNumber(this.location!)}. ${feedback}`;
    }
    return feedback;
  }

  private admissible(): Map<string, () => string> {
    if (this.admissibleCache) return this.admissibleCache;
    const commands = new Map<string, () => string>();
    commands.set("look", () => this.look());
    commands.set("inventory", () =>
      this.holding === null ? "You are not carrying anything." : `You are carrying: a ${this.holding}.`,
    );
    for (const r of this.receptacles.values()) {
      if (r.location === this.location) continue;
      commands.set(`go to ${r.name}`, () => {
        this.location = r.location;
        this.at = r.name;
        return this.describeReceptacle(r.name);
      });
    }
    const held = this.holding === null ? null : this.objects.get(this.holding)!;
    if (held) commands.set(`examine ${held.name}`, () => this.examineObject(held));
    for (const r of this.receptaclesHere()) {
      commands.set(`examine ${r.name}`, () => this.describeReceptacle(r.name));
      if (r.openable) {
        if (r.open) {
          commands.set(`close ${r.name}`, () => {
            r.open = false;
            return `You close the ${r.name}.`;
          });
        } else {
          commands.set(`open ${r.name}`, () => {
            r.open = true;
            return `You open the ${r.name}. ${this.describeReceptacle(r.name)}`;
          });
        }
      }
      if (r.on !== null) {
        // Powered variant: a switch at the agent's location can be flipped, hands full or not.
        const to = !r.on;
        commands.set(`turn ${to ? "on" : "off"} ${r.name}`, () => {
          r.on = to;
          return `You turn ${to ? "on" : "off"} the ${r.name}.`;
        });
      }
      const reachable = !r.openable || r.open;
      for (const name of r.contents) {
        const o = this.objects.get(name)!;
        if (reachable) commands.set(`examine ${name}`, () => this.examineObject(o));
        if (reachable && held === null && !FIXED_OBJECT_TYPES.has(o.type)) {
          commands.set(`take ${name} from ${r.name}`, () => {
            r.contents.delete(name);
            o.in = null;
            this.holding = name;
            return `You pick up the ${name} from the ${r.name}.`;
          });
        }
        if (TOGGLEABLE_TYPES.has(o.type)) {
          commands.set(`use ${name}`, () => {
            o.on = true;
            return `You turn on the ${name}.`;
          });
        }
      }
      if (held === null) continue;
      if (reachable && canContain(r.type, held.type)) {
        commands.set(`put ${held.name} in/on ${r.name}`, () => {
          r.contents.add(held.name);
          held.in = r.name;
          this.holding = null;
          return `You put the ${held.name} in/on the ${r.name}.`;
        });
      }
      // A switched-off appliance does not heat: the command is not admissible ("Nothing happens.").
      if (r.type === HEAT_WITH && HEATABLE_TYPES.has(held.type) && r.on !== false) {
        commands.set(`heat ${held.name} with ${r.name}`, () => {
          held.hot = true;
          held.cold = false;
          return `You heat the ${held.name} using the ${r.name}.`;
        });
      }
      if (r.type === COOL_WITH && COOLABLE_TYPES.has(held.type)) {
        commands.set(`cool ${held.name} with ${r.name}`, () => {
          held.cold = true;
          held.hot = false;
          return `You cool the ${held.name} using the ${r.name}.`;
        });
      }
      if (r.type === CLEAN_WITH && CLEANABLE_TYPES.has(held.type)) {
        commands.set(`clean ${held.name} with ${r.name}`, () => {
          held.clean = true;
          return `You clean the ${held.name} using the ${r.name}.`;
        });
      }
    }
    this.admissibleCache = commands;
    return commands;
  }

  /** alfred.twl2's examineObject rules, first match wins (nothing is ever sliced here). */
  private examineObject(o: ObjectState): string {
    if (RECEPTACLE_OBJECT_TYPES.has(o.type)) return `This is a normal ${o.name}. In it, you see nothing.`;
    if (o.clean && o.hot) return `This is a hot and clean ${o.name}.`;
    if (o.clean && o.cold) return `This is a cool and clean ${o.name}.`;
    if (o.hot) return `This is a hot ${o.name}.`;
    if (o.clean) return `This is a clean ${o.name}.`;
    if (o.cold) return `This is a cold ${o.name}.`;
    if (TOGGLEABLE_TYPES.has(o.type)) return `This ${o.name} is ${o.on ? "on" : "off"}.`;
    return `There's nothing special about ${o.name}.`;
  }
}
