/**
 * The words the attribution rules turn on, in one place: verbs that attribute ("said", "told"),
 * titles that stand before a name ("Health Minister"), nouns that make a phrase an institution
 * ("ministry", "authorities"), nouns that refer back to a source named earlier ("the monitor",
 * "the wire service"), and the subjects too vague to name anyone ("some officials", "critics").
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs whose subject is the source of what follows: "the SOHR said", "Reuters reported". */
export const SAYING = words(`
  said say says told tell tells reported reports stated states announced announces warn warned warns
  call calls called
  added adds declared declares confirmed confirms noted notes wrote writes tweeted posted
  estimated estimates quoted quotes claimed claims insisted explained acknowledged revealed
  disclosed documented counted indicated recorded urged accused denied denies condemned argued
  argues recounted asserted alleged cautioned predicted conceded admitted put putting saying
  telling reporting warning adding announcing confirming estimating showed shows found said.
`);

/** Words that may stand between a subject and its verb: "the agency later said". */
export const BETWEEN_SUBJECT_AND_VERB = words(`
  also later then previously earlier further again separately has have had had'd initially first
  subsequently publicly
`);

/** Titles and roles written before a person's name. */
export const TITLES = words(`
  minister ministers prime president vice mayor governor chief senator chancellor dr dr. doctor
  colonel col general gen major lieutenant lt captain capt sergeant sgt commander admiral
  journalist reporter correspondent leader spokesman spokeswoman spokesperson mep mp secretary
  ambassador envoy sheikh judge justice king queen prince princess pope cardinal bishop imam
  rabbi rev father sister mr mrs ms miss sir lord lady professor prof chairman chairwoman chair
  director head deputy interim acting former foreign defense defence health interior finance
  justice economy education regional state opposition fire police army party lawyer attorney
  prosecutor emir sultan premier representative rep sen gov congressman congresswoman
  ombudsman ombudswoman commissioner superintendent inspector officer activist analyst
  campaigner founder ceo executive editor anchor host writer author researcher scientist
  epidemiologist economist expert spokesman
`);

/** A role whose holder speaks for an organisation named after it: "a spokesperson for the WHO". */
export const SPEAKS_FOR = words(`
  spokesperson spokesman spokeswoman spokespeople official officials representative
  representatives head director chief envoy ambassador correspondent reporter member members
  adviser advisor source
`);

/** Last words that make a capitalised name an organisation rather than a person. */
export const ORGANISATION_HEADS = words(`
  ministry office agency department council committee observatory organization organisation
  programme program forces force army police cross crescent watch international press radio
  news times post service union nations institute university hospital bank fund court
  commission helmets authority authorities front party movement group network channel tv
  centre center association federation league corporation company inc ltd tribune herald
  journal guardian telegraph gazette daily monitor foundation trust council senate parliament
  assembly congress guard navy command administration government house pentagon kremlin
  mission bureau coalition alliance
`);

/** Lower-case nouns that make a phrase an institution that can speak: "local authorities". */
export const INSTITUTIONS = words(`
  ministry government military army police authorities authority officials department office
  agency council committee court prosecutors prosecutor navy coastguard media
  administration presidency cabinet embassy consulate parliament regime
`);

/** Audiences rather than sources when they are told something: "told the Security Council". */
export const AUDIENCES = words(`
  council parliament assembly congress senate court committee summit conference reporters
  journalists lawmakers crowd supporters students delegates
`);

/** Nouns that, after "the", point back to an organisation or outlet named earlier. */
export const ORGANISATION_REFERENCES = words(`
  monitor group agency organisation organization ministry body watchdog charity observatory
  newspaper paper daily broadcaster channel network outlet service station tabloid magazine
  publication website site institute office department committee company firm union
`);

/** Nouns that, after "the", point back to a person named earlier. */
export const PERSON_REFERENCES = words(`
  minister president mayor governor official spokesman spokeswoman spokesperson leader envoy
  ambassador doctor physician senator chancellor general colonel commander lawyer journalist
  reporter correspondent ombudsman ombudswoman activist researcher analyst chief director
  premier monarch king queen prince
`);

/** Quantifiers that make a subject vague: "some officials", "many activists". */
export const VAGUE_QUANTIFIERS = words(`
  some many several numerous various other others unnamed anonymous unidentified certain most
  few multiple countless
`);

/** Plural subjects that name no one when they stand alone: "residents say", "critics argue". */
export const VAGUE_GROUPS = words(`
  residents witnesses activists critics experts observers analysts sources officials people
  locals farmers diplomats refugees commentators insiders survivors campaigners families
  doctors medics rescuers protesters reports accounts videos images posts rumours rumors
  others many some
`);

/** Nouns for a single unnamed person: "a resident", "a senior diplomat". */
export const PERSON_NOUNS = words(`
  resident witness official diplomat refugee volunteer survivor soldier man woman mother father
  doctor nurse teacher student worker farmer fighter officer source spokesperson spokesman
  spokeswoman commander medic paramedic journalist reporter activist analyst lawyer relative
  neighbour neighbor shopkeeper driver villager eyewitness physician engineer employee member
  aide adviser advisor representative friend son daughter brother sister husband wife
`);
