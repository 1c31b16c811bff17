// The English dictionary: the same areas and keys as the Polish one (src/i18n/pl/).
import type { Messages } from '../translate.ts';
import { cell } from './cell.ts';
import { common } from './common.ts';
import { theme } from './theme.ts';
import { unit } from './unit.ts';
import { frequency } from './frequency.ts';
import { level } from './level.ts';
import { levelPlural } from './levelPlural.ts';
import { map } from './map.ts';
import { builder } from './builder.ts';
import { directory } from './directory.ts';
import { directoryIsland } from './directoryIsland.ts';
import { entity } from './entity.ts';
import { programme } from './programme.ts';
import { embed } from './embed.ts';
import { downloads } from './downloads.ts';
import { about } from './about.ts';
import { revisions } from './revisions.ts';
import { search } from './search.ts';
import { chart } from './chart.ts';
import { territoryKind } from './territoryKind.ts';
import { sameName } from './sameName.ts';
import { territoryName } from './territoryName.ts';
import { narrative } from './narrative.ts';
import { codeChange } from './codeChange.ts';
import { offline } from './offline.ts';
import { dataFiles } from './dataFiles.ts';
import { indicatorReadme } from './indicatorReadme.ts';
import { coverage } from './coverage.ts';
import { areas } from './areas.ts';
import { chartImage } from './chartImage.ts';
import { tabs } from './tabs.ts';
import { customArea } from './customArea.ts';
import { compare } from './compare.ts';
import { feeds } from './feeds.ts';
import { nearMe } from './nearMe.ts';
import { access } from './access.ts';

export const en: Messages = {
  common,
  cell,
  theme,
  unit,
  frequency,
  level,
  levelPlural,
  map,
  builder,
  directory,
  directoryIsland,
  entity,
  programme,
  embed,
  downloads,
  about,
  revisions,
  search,
  chart,
  territoryKind,
  sameName,
  territoryName,
  narrative,
  codeChange,
  offline,
  dataFiles,
  indicatorReadme,
  coverage,
  areas,
  chartImage,
  tabs,
  customArea,
  compare,
  feeds,
  nearMe,
  access,
};
