/** The dictionary areas the custom-area island is given (the page and the embed pass them). */
export const CUSTOM_AREA_AREAS = ['customArea', 'unit', 'cell'] as const;
