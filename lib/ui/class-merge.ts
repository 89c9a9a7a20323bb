import { createTailwindMerge, fromTheme, validators as v } from 'tailwind-merge';

/*
 * tailwind-merge with only the class groups this project's components can put in conflict.
 *
 * Why not `twMerge`: its default config describes every Tailwind utility and weighs 8.4 kB gzip in
 * the first load of every page; the merge engine alone is 2 kB. The groups below follow the
 * library's own default config (v3) for the utilities we use. `lib/ui/class-merge.test.ts` holds
 * this merge to the full `twMerge` for every pair of class names found in the source, so a class
 * from a group missing here fails that test instead of silently keeping both.
 */

const spacing = fromTheme('spacing');
const color = fromTheme('color');
const container = fromTheme('container');

const unambiguousSpacing = () => [v.isArbitraryVariable, v.isArbitraryValue, spacing];
const margin = () => ['auto', ...unambiguousSpacing()];
const inset = () => [v.isFraction, 'full', 'auto', ...unambiguousSpacing()];
const sizing = () => [v.isFraction, 'auto', 'full', 'dvw', 'dvh', 'lvw', 'lvh', 'svw', 'svh', 'min', 'max', 'fit', ...unambiguousSpacing()];
const colors = () => [color, v.isArbitraryVariable, v.isArbitraryValue];
const borderWidth = () => ['', v.isNumber, v.isArbitraryVariableLength, v.isArbitraryLength];
const overflow = () => ['auto', 'hidden', 'clip', 'visible', 'scroll'];

/** Groups named after their class prefix (`pt`, `mx`, `top` …) sharing one value scale. */
const sides = (keys: readonly string[], scale: () => unknown[]) =>
  Object.fromEntries(keys.map((key) => [key, [{ [key]: scale() }]]));

export const mergeClasses = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {
    animate: ['spin', 'ping', 'pulse', 'bounce'],
    color: [v.isAny],
    container: [v.isTshirtSize],
    breakpoint: [v.isTshirtSize],
    font: [v.isAnyNonArbitrary],
    'font-weight': ['thin', 'extralight', 'light', 'normal', 'medium', 'semibold', 'bold', 'extrabold', 'black'],
    leading: ['none', 'tight', 'snug', 'normal', 'relaxed', 'loose'],
    radius: [v.isTshirtSize],
    shadow: [v.isTshirtSize],
    spacing: ['px', v.isNumber],
    text: [v.isTshirtSize],
    tracking: ['tighter', 'tight', 'normal', 'wide', 'wider', 'widest'],
  },
  classGroups: {
    // Layout
    display: ['block', 'inline-block', 'inline', 'flex', 'inline-flex', 'table', 'inline-table', 'table-caption', 'table-cell', 'table-column', 'table-column-group', 'table-footer-group', 'table-header-group', 'table-row-group', 'table-row', 'flow-root', 'grid', 'inline-grid', 'contents', 'list-item', 'hidden'],
    position: ['static', 'fixed', 'absolute', 'relative', 'sticky'],
    overflow: [{ overflow: overflow() }],
    'overflow-x': [{ 'overflow-x': overflow() }],
    'overflow-y': [{ 'overflow-y': overflow() }],
    inset: [{ inset: inset() }],
    'inset-x': [{ 'inset-x': inset() }],
    'inset-y': [{ 'inset-y': inset() }],
    ...sides(['top', 'right', 'bottom', 'left'], inset),
    z: [{ z: [v.isInteger, 'auto', v.isArbitraryVariable, v.isArbitraryValue] }],
    // Flexbox and grid
    'flex-direction': [{ flex: ['row', 'row-reverse', 'col', 'col-reverse'] }],
    flex: [{ flex: [v.isNumber, v.isFraction, 'auto', 'initial', 'none', v.isArbitraryValue] }],
    shrink: [{ shrink: ['', v.isNumber, v.isArbitraryVariable, v.isArbitraryValue] }],
    'grid-cols': [{ 'grid-cols': [v.isInteger, 'none', 'subgrid', v.isArbitraryVariable, v.isArbitraryValue] }],
    'col-start-end': [{ col: ['auto', { span: ['full', v.isInteger, v.isArbitraryVariable, v.isArbitraryValue] }, v.isInteger, v.isArbitraryVariable, v.isArbitraryValue] }],
    gap: [{ gap: unambiguousSpacing() }],
    'gap-x': [{ 'gap-x': unambiguousSpacing() }],
    'gap-y': [{ 'gap-y': unambiguousSpacing() }],
    'justify-content': [{ justify: ['start', 'end', 'center', 'between', 'around', 'evenly', 'stretch', 'baseline', 'center-safe', 'end-safe', 'normal'] }],
    'align-items': [{ items: ['start', 'end', 'center', 'stretch', 'center-safe', 'end-safe', { baseline: ['', 'last'] }] }],
    // Spacing
    ...sides(['p', 'px', 'py', 'pt', 'pr', 'pb', 'pl'], unambiguousSpacing),
    ...sides(['m', 'mx', 'my', 'mt', 'mr', 'mb', 'ml'], margin),
    'space-y': [{ 'space-y': unambiguousSpacing() }],
    // Sizing
    size: [{ size: sizing() }],
    w: [{ w: [container, 'screen', ...sizing()] }],
    'min-w': [{ 'min-w': [container, 'screen', 'none', ...sizing()] }],
    'max-w': [{ 'max-w': [container, 'screen', 'none', 'prose', { screen: [fromTheme('breakpoint')] }, ...sizing()] }],
    h: [{ h: ['screen', 'lh', ...sizing()] }],
    'min-h': [{ 'min-h': ['screen', 'lh', 'none', ...sizing()] }],
    'max-h': [{ 'max-h': ['screen', 'lh', 'none', ...sizing()] }],
    // Typography
    'font-size': [{ text: ['base', fromTheme('text'), v.isArbitraryVariableLength, v.isArbitraryLength] }],
    'font-weight': [{ font: [fromTheme('font-weight'), v.isArbitraryVariableWeight, v.isArbitraryWeight] }],
    'font-family': [{ font: [v.isArbitraryVariableFamilyName, v.isArbitraryFamilyName, fromTheme('font')] }],
    tracking: [{ tracking: [fromTheme('tracking'), v.isArbitraryVariable, v.isArbitraryValue] }],
    'line-clamp': [{ 'line-clamp': [v.isNumber, 'none', v.isArbitraryVariable, v.isArbitraryNumber] }],
    leading: [{ leading: ['none', fromTheme('leading'), ...unambiguousSpacing()] }],
    'text-alignment': [{ text: ['left', 'center', 'right', 'justify', 'start', 'end'] }],
    'text-color': [{ text: colors() }],
    whitespace: [{ whitespace: ['normal', 'nowrap', 'pre', 'pre-line', 'pre-wrap', 'break-spaces'] }],
    break: [{ break: ['normal', 'words', 'all', 'keep'] }],
    // Backgrounds and borders
    'bg-color': [{ bg: colors() }],
    rounded: [{ rounded: ['', 'none', 'full', fromTheme('radius'), v.isArbitraryVariable, v.isArbitraryValue] }],
    'border-w': [{ border: borderWidth() }],
    ...Object.fromEntries(['x', 'y', 't', 'r', 'b', 'l'].map((side) => [`border-w-${side}`, [{ [`border-${side}`]: borderWidth() }]])),
    'border-style': [{ border: ['solid', 'dashed', 'dotted', 'double', 'hidden', 'none'] }],
    'border-color': [{ border: colors() }],
    // The spinner's open side (components/ui/spinner.tsx).
    'border-color-r': [{ 'border-r': colors() }],
    'ring-w': [{ ring: borderWidth() }],
    'ring-offset-w': [{ 'ring-offset': [v.isNumber, v.isArbitraryLength] }],
    'ring-offset-color': [{ 'ring-offset': colors() }],
    // Effects, transitions and interactivity
    shadow: [{ shadow: ['', 'inner', 'none', fromTheme('shadow'), v.isArbitraryVariableShadow, v.isArbitraryShadow] }],
    opacity: [{ opacity: [v.isNumber, v.isArbitraryVariable, v.isArbitraryValue] }],
    transition: [{ transition: ['', 'all', 'colors', 'opacity', 'shadow', 'transform', 'none', v.isArbitraryVariable, v.isArbitraryValue] }],
    // The batch progress bar (duration-500) against the dialogs' duration-200.
    duration: [{ duration: [v.isNumber, 'initial', v.isArbitraryVariable, v.isArbitraryValue] }],
    // Anchored cards (the agent editor's sections, Settings' allowlist) clear the sticky header.
    'scroll-mt': [{ 'scroll-mt': [v.isNumber, v.isArbitraryVariable, v.isArbitraryValue] }],
    'underline-offset': [{ 'underline-offset': [v.isNumber, 'auto', v.isArbitraryVariable, v.isArbitraryValue] }],
    animate: [{ animate: ['none', fromTheme('animate'), v.isArbitraryVariable, v.isArbitraryValue] }],
    cursor: [{ cursor: ['auto', 'default', 'pointer', 'wait', 'text', 'move', 'help', 'not-allowed', 'none', v.isArbitraryVariable, v.isArbitraryValue] }],
  },
  conflictingClassGroups: {
    overflow: ['overflow-x', 'overflow-y'],
    inset: ['inset-x', 'inset-y', 'top', 'right', 'bottom', 'left'],
    'inset-x': ['right', 'left'],
    'inset-y': ['top', 'bottom'],
    flex: ['shrink'],
    gap: ['gap-x', 'gap-y'],
    p: ['px', 'py', 'pt', 'pr', 'pb', 'pl'],
    px: ['pr', 'pl'],
    py: ['pt', 'pb'],
    m: ['mx', 'my', 'mt', 'mr', 'mb', 'ml'],
    mx: ['mr', 'ml'],
    my: ['mt', 'mb'],
    size: ['w', 'h'],
    'font-size': ['leading'],
    'line-clamp': ['display', 'overflow'],
    'border-w': ['border-w-x', 'border-w-y', 'border-w-t', 'border-w-r', 'border-w-b', 'border-w-l'],
    'border-w-x': ['border-w-r', 'border-w-l'],
    'border-w-y': ['border-w-t', 'border-w-b'],
    'border-color': ['border-color-r'],
  },
  conflictingClassGroupModifiers: { 'font-size': ['leading'] },
  orderSensitiveModifiers: ['*', '**', 'after', 'backdrop', 'before', 'details-content', 'file', 'first-letter', 'first-line', 'marker', 'placeholder', 'selection'],
}));
