import type { Rule } from 'eslint'

/** Each folder of src/: what it is, in one line, and the folders it may import. */
export declare const FOLDER_LAYERS: Record<string, { is: string; may: string[] }>
export declare const folderLayersRule: Rule.RuleModule
