import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The templates shipped with Hindsight: beside the built API, or in this library's source. */
const findDefaults = (from: string): string => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'status-page.hbs')) || dirname(dir) === dir) return candidate;
  }
};
export const DEFAULT_TEMPLATES_DIR = findDefaults(__dirname);

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

const UTC_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
const UTC_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' });
const formatted = (format: Intl.DateTimeFormat, suffix: string) => (instant: unknown) => (typeof instant === 'string' ? `${format.format(new Date(instant))}${suffix}` : '');

/**
 * Handlebars templates read from files: a team's own directory first, Hindsight's defaults
 * otherwise. Strict: a template naming a variable its context lacks fails, naming the variable,
 * rather than rendering an empty hole. Values are HTML-escaped unless a template says otherwise.
 */
export class TemplateFiles {
  private readonly engine = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly overrideDir?: string) {
    this.engine.registerHelper('date', formatted(UTC_TIME, ' UTC'));
    this.engine.registerHelper('day', formatted(UTC_DAY, ''));
  }

  /** Registers `name` (a file `<name>.hbs`) as a partial other templates include with `{{> name}}`. */
  partial(name: string): this {
    this.engine.registerPartial(name, this.source(name));
    return this;
  }

  /** `text` templates (drafts of messages) are not HTML: their values are not escaped. */
  render(name: string, context: object, { text = false } = {}): string {
    try {
      let template = this.compiled.get(name);
      if (!template) {
        template = this.engine.compile(this.source(name), { strict: true, noEscape: text });
        this.compiled.set(name, template);
      }
      return template(context);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(`${this.pathOf(name)}: ${(error as Error).message}`);
    }
  }

  pathOf(name: string): string {
    const own = this.overrideDir && join(this.overrideDir, `${name}.hbs`);
    return own && existsSync(own) ? own : join(DEFAULT_TEMPLATES_DIR, `${name}.hbs`);
  }

  private source(name: string): string {
    try {
      return readFileSync(this.pathOf(name), 'utf8');
    } catch (error) {
      throw new TemplateError(`${this.pathOf(name)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
}
