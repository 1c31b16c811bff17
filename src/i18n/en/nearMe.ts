// English strings: "near me", the gmina at the browser's location (src/features/near-me/).
import type { Strings } from '../translate.ts';
import type { nearMe as pl } from '../pl/nearMe.ts';

export const nearMe: Strings<typeof pl> = {
  heading: 'The gmina you are in',
  button: 'Find my gmina',
  privacy:
    'Your browser will ask whether to share your location. The location is used only in this browser: it looks the gmina up itself in gmina boundaries downloaded from the portal, and the coordinates are never sent or stored anywhere.',
  locating: 'Finding your location…',
  searching: 'Looking the gmina up in the boundaries…',
  found: 'This place is in {name}. Opening its page…',
  foundLink: 'Go to the page: {name}',
  denied:
    'Without permission to use your location no gmina can be found. You can allow it in the browser’s site settings, or search for the gmina by name.',
  unavailable:
    'The browser gave no location (location services are unavailable or did not answer in time). Try again, or search for the gmina by name.',
  unsupported: 'This browser does not share locations with pages. Search for the gmina by name.',
  outside: 'This place ({lat}, {lon}) is outside Poland; the portal covers gminas in Poland only.',
  failed: 'The gmina boundaries could not be loaded. Try again, or search for the gmina by name.',
  needsJs: 'Finding the gmina by location needs JavaScript; you can search for the gmina by name.',
};
