-- The first report templates (version 1): CT head, chest radiograph, CT abdomen/pelvis, MRI brain. Credentialing
-- admins revise them through /api/report-templates (each revision a new version).

insert into reporting_template (id, version, name, modality, body_part, clinical_information, technique, comparison,
        findings, impression, active, created_at, created_by) values
('ct-head', 1, 'CT head without contrast', 'CT', 'HEAD',
 null,
 'Axial CT images of the head were obtained from the skull base to the vertex without intravenous contrast. Multiplanar reformats and bone algorithm images were reviewed.',
 null,
 E'Brain parenchyma: Normal gray-white matter differentiation. No acute territorial infarct, mass or mass effect.\n'
 || E'Hemorrhage: No intracranial hemorrhage (intraparenchymal, subarachnoid, subdural or epidural).\n'
 || E'Ventricles and sulci: Normal in size and configuration for age. No hydrocephalus.\n'
 || E'Midline: No midline shift. Basal cisterns are patent.\n'
 || E'Extra-axial spaces: No extra-axial collection.\n'
 || E'Calvarium and skull base: No fracture or aggressive osseous lesion.\n'
 || E'Paranasal sinuses and mastoids: Clear.\n'
 || 'Orbits and soft tissues: Unremarkable.',
 'No acute intracranial abnormality.',
 true, '2026-11-30T03:10:00Z', 'telerad'),
('xr-chest', 1, 'Chest radiograph, PA and lateral', 'CR', 'CHEST',
 null,
 'PA and lateral views of the chest.',
 null,
 E'Lines and tubes: None.\n'
 || E'Lungs: Clear. No focal consolidation, mass or nodule.\n'
 || E'Pleura: No pleural effusion. No pneumothorax.\n'
 || E'Heart and mediastinum: Cardiomediastinal silhouette is within normal limits.\n'
 || E'Hila: Normal.\n'
 || 'Bones and soft tissues: No acute osseous abnormality.',
 'No acute cardiopulmonary process.',
 true, '2026-11-30T03:10:00Z', 'telerad'),
('ct-abdomen-pelvis', 1, 'CT abdomen and pelvis with contrast', 'CT', 'ABDOMENPELVIS',
 null,
 'Axial CT images of the abdomen and pelvis were obtained after intravenous contrast in the portal venous phase. Coronal and sagittal reformats were reviewed.',
 null,
 E'Lower chest: Lung bases are clear. No pleural or pericardial effusion.\n'
 || E'Liver: Normal size and attenuation. No focal lesion.\n'
 || E'Gallbladder and bile ducts: Gallbladder is unremarkable. No biliary dilatation.\n'
 || E'Pancreas: Normal. No peripancreatic inflammation.\n'
 || E'Spleen: Normal size.\n'
 || E'Adrenal glands: Normal.\n'
 || E'Kidneys and ureters: Symmetric enhancement. No hydronephrosis or calculus.\n'
 || E'Bladder: Unremarkable for the degree of distension.\n'
 || E'Reproductive organs: Unremarkable.\n'
 || E'Bowel: No bowel obstruction or wall thickening. The appendix is normal.\n'
 || E'Peritoneum: No free fluid or free air.\n'
 || E'Lymph nodes: No lymphadenopathy.\n'
 || E'Vessels: Abdominal aorta is normal in caliber.\n'
 || E'Abdominal wall: No hernia.\n'
 || 'Bones: No acute fracture or aggressive osseous lesion.',
 'No acute abnormality in the abdomen or pelvis.',
 true, '2026-11-30T03:10:00Z', 'telerad'),
('mr-brain', 1, 'MRI brain without and with contrast', 'MR', 'BRAIN',
 null,
 'Multiplanar, multisequence MR images of the brain were obtained, including sagittal T1, axial T2, FLAIR, diffusion-weighted imaging with ADC map, susceptibility-weighted imaging, and post-contrast axial and coronal T1 images after intravenous gadolinium.',
 null,
 E'Diffusion: No restricted diffusion to suggest acute infarct.\n'
 || E'Parenchyma: No mass or abnormal enhancement. No significant white matter signal abnormality for age.\n'
 || E'Hemorrhage: No intracranial hemorrhage or susceptibility artifact to suggest microhemorrhage.\n'
 || E'Ventricles and sulci: Normal for age. No hydrocephalus.\n'
 || E'Extra-axial spaces: No extra-axial collection. No abnormal dural enhancement.\n'
 || E'Midline structures: Pituitary gland, corpus callosum and craniocervical junction are unremarkable.\n'
 || E'Vascular flow voids: Normal flow voids of the major intracranial arteries and dural venous sinuses.\n'
 || E'Orbits, sinuses and mastoids: Unremarkable.\n'
 || 'Calvarium and scalp: Normal marrow signal.',
 'No acute intracranial abnormality. No abnormal enhancement.',
 true, '2026-11-30T03:10:00Z', 'telerad');
