/**
 * General world knowledge, not facts of any article: countries with their demonyms and capitals,
 * US states, and large cities. Used to tell places from people and to map `Iranian` to `Iran`.
 * One entry per line: `Country|Demonym,Demonym|Capital|Alias,Alias`.
 */
const COUNTRIES = `
Afghanistan|Afghan,Afghani|Kabul|
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani,Azeri|Baku|
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Bolivia|Bolivian|La Paz|
Bosnia|Bosnian|Sarajevo|Bosnia and Herzegovina
Brazil|Brazilian|Brasilia|
Bulgaria|Bulgarian|Sofia|
Burma|Burmese|Rangoon|Myanmar
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian|Ottawa|
Chad|Chadian|N'Djamena|
Chile|Chilean|Santiago|
China|Chinese|Beijing|Peking,People's Republic of China
Colombia|Colombian|Bogota|
Congo|Congolese|Kinshasa|Democratic Republic of Congo
Costa Rica|Costa Rican|San Jose|
Croatia|Croatian,Croat|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechoslovakia,Czechia
Denmark|Danish,Dane|Copenhagen|
Dominican Republic|Dominican|Santo Domingo|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
El Salvador|Salvadoran|San Salvador|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Ethiopia|Ethiopian|Addis Ababa|
Finland|Finnish,Finn|Helsinki|
France|French|Paris|
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|West Germany,East Germany
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Guatemala|Guatemalan|Guatemala City|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Persia
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Ivory Coast|Ivorian|Abidjan|Cote d'Ivoire
Jamaica|Jamaican|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Liberia|Liberian|Monrovia|
Libya|Libyan|Tripoli|
Lithuania|Lithuanian|Vilnius|
Luxembourg|Luxembourgish|Luxembourg|
Malaysia|Malaysian|Kuala Lumpur|
Mali|Malian|Bamako|
Mexico|Mexican|Mexico City|
Moldova|Moldovan|Chisinau|
Mongolia|Mongolian|Ulan Bator|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Nepal|Nepalese,Nepali|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland,The Netherlands
New Zealand|New Zealander|Wellington|
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Palestinian Territories,Gaza,West Bank
Panama|Panamanian|Panama City|
Paraguay|Paraguayan|Asuncion|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|
Poland|Polish,Pole|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serb|Belgrade|Yugoslavia
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean|Singapore|
Slovakia|Slovak|Bratislava|
Slovenia|Slovenian,Slovene|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean,Korean|Seoul|Korea
Spain|Spanish,Spaniard|Madrid|
Sri Lanka|Sri Lankan|Colombo|Ceylon
Sudan|Sudanese|Khartoum|
Sweden|Swedish,Swede|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|
Taiwan|Taiwanese|Taipei|Formosa
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|Siam
Tunisia|Tunisian|Tunis|
Turkey|Turkish,Turk|Ankara|
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kiev|Kyiv
United Arab Emirates|Emirati|Abu Dhabi|UAE,U.A.E.
United Kingdom|British,Briton,English,Scottish,Welsh|London|U.K.,UK,Britain,Great Britain,England,Scotland,Wales
United States|American|Washington|U.S.,US,U.S.A.,USA,America,United States of America
Soviet Union|Soviet|Moscow|USSR,U.S.S.R.
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni|Sanaa|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|Rhodesia
`;

const US_STATES = `Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,Wisconsin,Wyoming,District of Columbia`;

const CITIES = `New York City,Los Angeles,Chicago,Houston,Philadelphia,Phoenix,San Antonio,San Diego,Dallas,San Francisco,Detroit,Boston,Seattle,Denver,Atlanta,Miami,New Orleans,Baltimore,Cleveland,Pittsburgh,St. Louis,Kansas City,Minneapolis,Milwaukee,Cincinnati,Portland,Salem,Sacramento,Las Vegas,Nashville,Memphis,Austin,Fort Worth,Oklahoma City,Tulsa,Omaha,Indianapolis,Columbus,Buffalo,Newark,Honolulu,Anchorage,Salt Lake City,Albany,Trenton,Hartford,Providence,Richmond,Charleston,Birmingham,Manchester,Liverpool,Glasgow,Edinburgh,Belfast,Toronto,Montreal,Vancouver,Sydney,Melbourne,Hong Kong,Shanghai,Mumbai,Bombay,Calcutta,Kolkata,Karachi,Lahore,Istanbul,Dubai,Basra,Mosul,Fallujah,Kirkuk,Tikrit,Najaf,Karbala,Kandahar,Gaza City,Tel Aviv,Haifa,Bethlehem,Mecca,Medina,Jeddah,Alexandria,Marseille,Lyon,Munich,Hamburg,Frankfurt,Cologne,Bonn,Milan,Naples,Venice,Florence,Barcelona,Geneva,Zurich,Rotterdam,Antwerp,St. Petersburg,Leningrad,Stalingrad,Kyoto,Osaka,Hiroshima,Nagasaki,Saigon,Ho Chi Minh City,Havana,Rio de Janeiro,Sao Paulo,Johannesburg,Cape Town,Lagos,Casablanca,Berkeley,Oakland,Cambridge,Oxford,Princeton,Annapolis,Arlington,Alexandria,Miami Beach,Palm Beach,Fort Lauderdale,Tampa,Orlando,Jacksonville,Savannah,Louisville,Lexington,Little Rock,Jackson,Montgomery,Raleigh,Charlotte,Norfolk,Wilmington,Springfield,Des Moines,Topeka,Lincoln,Madison,Lansing,Santa Fe,Tucson,Albuquerque,El Paso,Boise,Spokane,Tacoma,Eugene,Reno,Fresno,Long Beach,Pasadena,Hollywood`;

/** Regions and other places that are neither countries nor cities. */
const REGIONS = `Europe,Asia,Africa,North America,South America,Latin America,Middle East,Near East,Far East,Persian Gulf,Gulf,Balkans,Caribbean,Pacific,Atlantic,Mediterranean,Scandinavia,Siberia,Kashmir,Darfur,Kurdistan,Chechnya,Tibet,Crimea,Sinai,Golan Heights,Antarctica,Arctic,Midwest,New England,Berlin Wall,Latin America,Western Europe,Eastern Europe,Southeast Asia,Central America,Horn of Africa`;

export interface Place {
  /** Canonical name, e.g. `Iran`, `United States`, `Baghdad`. */
  name: string;
  kind: 'country' | 'capital' | 'state' | 'city' | 'region';
  /** The country for a capital or a demonym; the state's country for a state. */
  country?: string | undefined;
}

const PLACES = new Map<string, Place>();
const DEMONYMS = new Map<string, string>();

function addPlace(key: string, place: Place): void {
  const k = key.toLowerCase();
  // The first writer wins; states are added first so that `Georgia` in US news is the state.
  if (!PLACES.has(k)) PLACES.set(k, place);
}

for (const state of US_STATES.split(',')) addPlace(state, { name: state, kind: 'state', country: 'United States' });
for (const line of COUNTRIES.trim().split('\n')) {
  const [name = '', demonyms = '', capital = '', aliases = ''] = line.split('|');
  addPlace(name, { name, kind: 'country' });
  for (const alias of aliases.split(',').filter(Boolean)) addPlace(alias, { name, kind: 'country' });
  if (capital) addPlace(capital, { name: capital, kind: 'capital', country: name });
  for (const d of demonyms.split(',').filter(Boolean)) DEMONYMS.set(d.toLowerCase(), name);
}
/** Provinces and states of other federations, written after a town as US states are ("London, Ontario"). */
const OTHER_STATES = `Canada:Ontario,Quebec,British Columbia,Alberta,Manitoba,Saskatchewan,Nova Scotia,New Brunswick,Newfoundland,Prince Edward Island,Yukon,Nunavut,Northwest Territories;Australia:New South Wales,Queensland,South Australia,Western Australia,Tasmania`;
for (const federation of OTHER_STATES.split(';')) {
  const [country = '', states = ''] = federation.split(':');
  for (const state of states.split(',')) addPlace(state, { name: state, kind: 'state', country });
}
/** Postal and AP-style abbreviations of US states, as wire copy writes them after a town. */
const STATE_ABBREVIATIONS = `Ala.:Alabama,Ariz.:Arizona,Ark.:Arkansas,Calif.:California,Colo.:Colorado,Conn.:Connecticut,Del.:Delaware,Fla.:Florida,Ga.:Georgia,Ill.:Illinois,Ind.:Indiana,Kan.:Kansas,Kans.:Kansas,Ky.:Kentucky,La.:Louisiana,Md.:Maryland,Mass.:Massachusetts,Mich.:Michigan,Minn.:Minnesota,Miss.:Mississippi,Mo.:Missouri,Mont.:Montana,Neb.:Nebraska,Nebr.:Nebraska,Nev.:Nevada,N.H.:New Hampshire,N.J.:New Jersey,N.M.:New Mexico,N.Mex.:New Mexico,N.Y.:New York,N.C.:North Carolina,N.D.:North Dakota,Okla.:Oklahoma,Ore.:Oregon,Pa.:Pennsylvania,Penn.:Pennsylvania,R.I.:Rhode Island,S.C.:South Carolina,S.D.:South Dakota,Tenn.:Tennessee,Tex.:Texas,Vt.:Vermont,Va.:Virginia,Wash.:Washington,W.Va.:West Virginia,Wis.:Wisconsin,Wyo.:Wyoming,D.C.:District of Columbia`;
for (const pair of STATE_ABBREVIATIONS.split(',')) {
  const [abbr = '', state = ''] = pair.split(':');
  addPlace(abbr, { name: state, kind: 'state', country: 'United States' });
}
for (const city of CITIES.split(',')) addPlace(city, { name: city, kind: 'city' });
for (const region of REGIONS.split(',')) addPlace(region, { name: region, kind: 'region' });

/**
 * The place a name denotes, if the gazetteer knows it (case-insensitive; aliases give the canonical
 * name).
 *
 * @example
 * lookupPlace('U.S.'); // → { name: 'United States', kind: 'country' }
 * lookupPlace('Baghdad'); // → { name: 'Baghdad', kind: 'capital', country: 'Iraq' }
 */
export function lookupPlace(name: string): Place | undefined {
  return PLACES.get(name.toLowerCase());
}

/** The USPS codes of the states, as people type them ("taxable in ri", "Providence, RI"). */
const POSTAL_CODES = new Map(
  `AL:Alabama,AK:Alaska,AZ:Arizona,AR:Arkansas,CA:California,CO:Colorado,CT:Connecticut,DE:Delaware,FL:Florida,GA:Georgia,HI:Hawaii,ID:Idaho,IL:Illinois,IN:Indiana,IA:Iowa,KS:Kansas,KY:Kentucky,LA:Louisiana,ME:Maine,MD:Maryland,MA:Massachusetts,MI:Michigan,MN:Minnesota,MS:Mississippi,MO:Missouri,MT:Montana,NE:Nebraska,NV:Nevada,NH:New Hampshire,NJ:New Jersey,NM:New Mexico,NY:New York,NC:North Carolina,ND:North Dakota,OH:Ohio,OK:Oklahoma,OR:Oregon,PA:Pennsylvania,RI:Rhode Island,SC:South Carolina,SD:South Dakota,TN:Tennessee,TX:Texas,UT:Utah,VT:Vermont,VA:Virginia,WA:Washington,WV:West Virginia,WI:Wisconsin,WY:Wyoming,DC:District of Columbia`
    .split(',')
    .map((pair): [string, string] => {
      const [code = '', state = ''] = pair.split(':');
      return [state.toLowerCase(), code.toLowerCase()];
    }),
);

/**
 * The two-letter postal code of a US state, lower case; undefined for any other place.
 *
 * @example postalCodeOf('Rhode Island'); // → 'ri'
 */
export function postalCodeOf(name: string): string | undefined {
  const place = lookupPlace(name);
  return place?.kind === 'state' && place.country === 'United States' ? POSTAL_CODES.get(place.name.toLowerCase()) : undefined;
}

/**
 * The country of a demonym: `Iranian` → `Iran`, `Americans` → `United States`.
 *
 * @example
 * countryOfDemonym('Iranian'); // → 'Iran'
 */
export function countryOfDemonym(word: string): string | undefined {
  const w = word.toLowerCase();
  return DEMONYMS.get(w) ?? (w.endsWith('s') ? DEMONYMS.get(w.slice(0, -1)) : undefined);
}

/**
 * Every canonical place name and alias the gazetteer knows, lower-case (for vocabularies).
 *
 * @example
 * knownPlaceNames().includes('tehran'); // → true
 */
export function knownPlaceNames(): string[] {
  return [...PLACES.keys()];
}

/**
 * Each country with its demonyms, capital and other names, lower-case: the words a reader uses
 * interchangeably for it ("Iranian", "Tehran", "Iran"). Query expansion uses these groups.
 *
 * @example
 * countryGroups().find((g) => g[0] === 'iran'); // ['iran', 'iranian', 'tehran', 'persia']
 */
export function countryGroups(): string[][] {
  return COUNTRIES.trim()
    .split('\n')
    .map((line) => {
      const [name = '', demonyms = '', capital = '', aliases = ''] = line.split('|');
      const words = [name, ...demonyms.split(','), capital, ...aliases.split(',')]
        .map((w) => w.trim().toLowerCase())
        // Dotted and upper-case abbreviations are expanded by the tokenizer already.
        .filter((w) => w !== '' && !/[.]/.test(w) && w.length > 3);
      // Plural demonyms ("Iranians") are common in questions.
      for (const d of demonyms.split(',')) if (d.trim() && /[a-z]$/i.test(d.trim())) words.push(`${d.trim().toLowerCase()}s`);
      return [...new Set(words)];
    });
}
