/**
 * Claims for scoring the unattributed-claim detector, written by hand before it was tuned
 * (issue 18). Each case is the claim's sentence, sometimes after the sentence before it; the
 * label is about the last sentence. `unattributed` cases are what a careful reader marks as
 * unsourced: vague cues, passives with no agent, vague collective subjects, hedged inferences
 * stated as fact, and tolls or events asserted with no source in the sentence or the one before.
 * Sourced cases name their source in the sentence, or point back to one named just before.
 */

export interface ClaimCase {
  text: string;
  unattributed: boolean;
}

const unsourced = (text: string): ClaimCase => ({ text, unattributed: true });
const sourced = (text: string): ClaimCase => ({ text, unattributed: false });

export const CLAIM_CASES: ClaimCase[] = [
  // Agentless passives and vague cues
  unsourced('The strike was described as the deadliest in a decade.'),
  unsourced('The former minister is believed to have fled the country.'),
  unsourced('Dozens of arrests were reported in the capital overnight.'),
  unsourced('It is estimated that a third of the harvest was lost.'),
  unsourced('Reports suggest the convoy was hit by a drone.'),
  unsourced('The minister was reportedly furious at the decision.'),
  unsourced('The attacks are thought to have been coordinated from abroad.'),
  unsourced('Several senior commanders were said to be among the dead.'),
  unsourced('The new policy has been widely criticised as discriminatory.'),
  unsourced('The factory was allegedly storing chemical weapons.'),
  unsourced('Some 3,000 fighters are thought to remain in the enclave.'),
  unsourced('The opposition leader is understood to be under house arrest.'),
  unsourced('The new president is widely seen as a puppet of Moscow.'),
  // Vague collective subjects
  unsourced('Many activists have called for a boycott of the vote.'),
  unsourced('Some officials say the budget will not be approved before summer.'),
  unsourced('Critics argue the law will silence independent media.'),
  unsourced('Observers fear the truce will not last the week.'),
  unsourced('Experts warn that the virus could spread to neighbouring countries.'),
  unsourced('Residents say the army has abandoned the town.'),
  unsourced('Sources close to the negotiations said a deal was imminent.'),
  // Hedged inferences presented as fact
  unsourced('The militia appears to be regrouping near the border.'),
  unsourced('The ceasefire is seemingly holding in most districts.'),
  unsourced('The government appears to have lost control of the north.'),
  // Tolls and events asserted with no source
  unsourced('At least 40 people were killed in the shelling of the market.'),
  unsourced('More than 10,000 families have been displaced since the dam collapsed.'),
  unsourced('The death toll has risen to 212.'),
  unsourced('The regime has killed thousands of its own citizens.'),
  unsourced('Hundreds of protesters were detained after the rally.'),
  unsourced('Over 500 civilians have died in the siege of the city so far.'),
  unsourced('Two journalists were arrested at the border on Friday.'),
  unsourced('The massacre left 1,500 villagers dead.'),
  unsourced('The vote was marred by widespread fraud.'),
  unsourced(
    'The city council met on Monday to discuss the budget. By evening, more than 60 people had been killed in the clashes outside.',
  ),

  // Sourced in the sentence
  sourced('At least 40 people were killed in the shelling, regional governor Vitaliy Kim said.'),
  sourced('The Health Ministry said 212 people had died since the outbreak began.'),
  sourced('According to Reuters, more than 10,000 families have been displaced.'),
  sourced(
    'The strike was the deadliest in a decade, said Colonel Amir Saleh, a military spokesman.',
  ),
  sourced('Prime Minister Narendra Modi told parliament that the economy grew by 7 percent.'),
  sourced('UNICEF reported that 1,100 children had been separated from their families.'),
  sourced('Interior Minister Nancy Faeser said 19 suspects were detained in raids on Tuesday.'),
  sourced('Amnesty International said the law would silence independent media.'),
  sourced('“We lost everything,” said Farida Noor, 52, standing outside her ruined house.'),
  sourced(
    'Dr. Elena Costa, an epidemiologist at the University of Milan, warned that the virus could spread.',
  ),
  sourced('The Pentagon confirmed that two service members had been wounded in the attack.'),
  sourced('A spokesperson for the European Commission said the fine would be appealed.'),
  sourced('Police in Lagos said 14 people were arrested after the clashes.'),
  sourced('The death toll has risen to 212, the Nepal Army said in a statement.'),
  sourced('Hundreds of protesters were detained, the Moscow police department said.'),
  sourced('The ceasefire is largely holding, UN envoy Geir Pedersen told the Security Council.'),
  sourced('In a post on X, Elon Musk claimed the election was rigged.'),
  sourced('Xinhua reported that 23 miners were trapped after the collapse.'),
  sourced('The World Food Programme warned that 2 million people faced famine.'),
  sourced('More than 500 civilians have died in the siege, Human Rights Watch said.'),
  sourced('Germany’s foreign ministry said the ambassador had been summoned.'),
  sourced('The floods displaced 50,000 people, according to the Kenya Red Cross.'),
  sourced('Local authorities in Idlib reported that 300 homes were destroyed.'),
  sourced('Hassan Ali, a volunteer with the civil defence, said 58 bodies had been recovered.'),
  sourced('The Israeli military said its forces had killed 20 militants in the raid.'),
  sourced('Bloomberg reported that the company was planning 4,000 job cuts.'),
  sourced('The opposition leader is under house arrest, her lawyer Ahmed Farouk told AFP.'),
  sourced('The militia appears to be regrouping, said General Abdel Fattah al-Burhan.'),
  sourced('The World Health Organization said 1,800 cholera cases had been recorded.'),
  // Sourced by a description or pronoun pointing back
  sourced(
    'The Syrian Observatory for Human Rights gave a new toll on Sunday. The monitor said 1,383 civilians had been killed.',
  ),
  sourced(
    'Maria Lopez, the mayor of Valencia, visited the flooded district on Thursday. She said 62 residents were still missing.',
  ),
  sourced(
    'The Associated Press obtained the documents on Monday. The news agency reported that 45 officers had been suspended.',
  ),
  sourced(
    'Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv. He said 3,000 prisoners had been exchanged.',
  ),
];
