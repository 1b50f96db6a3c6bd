export {
  IsoDateSchema,
  IcdCodeSchema,
  ProcedureCodeSchema,
  ModifierSchema,
  SideSchema,
  ShortTextSchema,
  LongTextSchema,
  IdSchema,
} from "./primitives.js";
export type { IsoDate, Side } from "./primitives.js";

export {
  RegionSchema,
  MuscleSchema,
  VagueSiteSchema,
  AgentClassSchema,
  ConcentrationUnitSchema,
  DoseUnitSchema,
  AgentSchema,
} from "./catalog.js";
export type {
  Region,
  Muscle,
  VagueSite,
  AgentClass,
  ConcentrationUnit,
  DoseUnit,
  Agent,
} from "./catalog.js";

export {
  PainScaleSchema,
  PAIN_SCALE_MAX,
  DurationSchema,
  PainCharacterSchema,
  HistorySchema,
  VitalsSchema,
  FindingSchema,
  ConservativeCareTypeSchema,
  ConservativeCareSchema,
  ConsentSchema,
  InjectateSchema,
  MuscleRowSchema,
  VialSchema,
  TendonInjectionSchema,
  GuidanceSchema,
  ProcedureSchema,
  EmLevelSchema,
  SameDayEmSchema,
  PriorSessionSchema,
  NoteSchema,
} from "./note.js";
export type {
  PainScale,
  Duration,
  Vitals,
  Finding,
  ConservativeCare,
  Injectate,
  MuscleRow,
  Vial,
  Guidance,
  Procedure,
  SameDayEm,
  PriorSession,
  Note,
  NoteInput,
} from "./note.js";

export { CoverageSchema, CitationRefSchema, PayerProfileSchema } from "./payer-profile.js";
export type { Coverage, CitationRef, PayerProfile, PayerProfileInput } from "./payer-profile.js";

export {
  CitationSchema,
  EvidenceSchema,
  RuleRefSchema,
  ClaimLineSchema,
  SeveritySchema,
  FindingResultSchema,
  DiagnosisResultSchema,
  ChecklistItemSchema,
  HintSchema,
  CodingResultSchema,
} from "./result.js";
export type {
  Citation,
  Evidence,
  RuleRef,
  ClaimLine,
  Severity,
  FindingResult,
  DiagnosisResult,
  ChecklistItem,
  Hint,
  CodingResult,
} from "./result.js";

export {
  RoleSchema,
  UserSchema,
  SignInRequestSchema,
  PatientSchema,
  NoteStatusSchema,
  NoteRecordSchema,
  CarriedForwardSchema,
  SectionAuthorSchema,
  NoteProvenanceSchema,
  NoteSummarySchema,
  CreateNoteRequestSchema,
  UpdateNoteRequestSchema,
  IcdSearchQuerySchema,
  IcdSearchHitSchema,
  IcdSearchResponseSchema,
  HealthSchema,
  ProblemSchema,
} from "./api.js";
export type {
  Role,
  User,
  SignInRequest,
  Patient,
  NoteRecord,
  CarriedForward,
  SectionAuthor,
  NoteProvenance,
  NoteSummary,
  CreateNoteRequest,
  UpdateNoteRequest,
  IcdSearchHit,
  IcdSearchResponse,
  Problem,
} from "./api.js";

export {
  AuditOutcomeSchema,
  AuditEntrySchema,
  AuditQuerySchema,
  AuditPageSchema,
  PasswordSchema,
  AdminUserSchema,
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  ResetPasswordRequestSchema,
  ChangePasswordRequestSchema,
  SessionInfoSchema,
  ClinicPayerProfileVersionSchema,
  ClinicPayerProfileListSchema,
} from "./admin.js";
export type {
  AuditOutcome,
  AuditEntry,
  AuditQuery,
  AuditPage,
  AdminUser,
  CreateUserRequest,
  UpdateUserRequest,
  ResetPasswordRequest,
  ChangePasswordRequest,
  SessionInfo,
  ClinicPayerProfileVersion,
  ClinicPayerProfileList,
} from "./admin.js";

export {
  NoteTextQuerySchema,
  PaperSchema,
  NotePdfQuerySchema,
  CLAIM_LINES_CSV_MAX_DAYS,
  ClaimLinesCsvQuerySchema,
} from "./exports.js";
export type { ClaimLinesCsvQuery } from "./exports.js";

export {
  DocumentHeaderSchema,
  MuscleTableRowSchema,
  DiagnosisEntrySchema,
  ClaimLineEntrySchema,
  PriorSessionRowSchema,
  SignatureBlockSchema,
  AddendumEntrySchema,
  CodingBasisSchema,
  NoteDocumentSchema,
} from "./document.js";
export type {
  NoteDocument,
  DocumentHeader,
  MuscleTableRow,
  DiagnosisEntry,
  ClaimLineEntry,
  PriorSessionRow,
  SignatureBlock,
  AddendumEntry,
  CodingBasis,
  CodingBasisEntry,
} from "./document.js";
