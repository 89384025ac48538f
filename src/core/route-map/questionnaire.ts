import data from '../../../data/route-map/questionnaire.json' with { type: 'json' };
import { type Questionnaire, ZQuestionnaire } from './schema';

/** The closed questions per phase (data/route-map/questionnaire.json), validated when this module loads. */
export const QUESTIONNAIRE: Questionnaire = ZQuestionnaire.parse(data);
