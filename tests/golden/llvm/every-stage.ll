; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_units = constant i64 4
@eic_gain_floats = constant i64 262656
@eic_model_fingerprint = constant i64 2282151755037420854
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1, i32 %prec) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 0, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done23, %done
  %i16 = phi i64 [ %13, %done ], [ %55, %done23 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 196880
  %38 = mul i64 %36, 256
  %39 = add i64 256, %38
  %40 = getelementptr float, ptr %gains, i64 %39
  br label %loop17

done15:                                           ; preds = %loop13
  %41 = icmp sgt i64 %u0, 2
  %42 = select i1 %41, i64 %u0, i64 2
  %43 = icmp slt i64 %u1, 3
  %44 = select i1 %43, i64 %u1, i64 3
  %45 = icmp slt i64 %44, %42
  %46 = select i1 %45, i64 %42, i64 %44
  br label %loop29

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %49, %body18 ]
  %47 = icmp slt i64 %i20, 256
  br i1 %47, label %body18, label %done19

body18:                                           ; preds = %loop17
  %48 = getelementptr float, ptr %40, i64 %i20
  store <8 x float> zeroinitializer, ptr %48, align 4
  %49 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %done27, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %63, %done27 ]
  %50 = icmp slt i64 %i24, 256
  br i1 %50, label %body22, label %done23

body22:                                           ; preds = %loop21
  %51 = mul i64 %36, 256
  %52 = add i64 %51, %i24
  %53 = mul i64 %52, 256
  %54 = getelementptr float, ptr %37, i64 %53
  br label %loop25

done23:                                           ; preds = %loop21
  %55 = add i64 %i16, 1
  br label %loop13

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %62, %body26 ]
  %56 = icmp slt i64 %i28, 256
  br i1 %56, label %body26, label %done27

body26:                                           ; preds = %loop25
  %57 = getelementptr float, ptr %40, i64 %i28
  %58 = getelementptr float, ptr %54, i64 %i28
  %59 = load <8 x float>, ptr %58, align 4
  %60 = load <8 x float>, ptr %57, align 4
  %61 = fadd <8 x float> %60, %59
  store <8 x float> %61, ptr %57, align 4
  %62 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %63 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ %42, %done15 ], [ %77, %done35 ]
  %64 = icmp slt i64 %i32, %46
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = sub i64 %i32, 2
  %66 = getelementptr float, ptr %params, i64 0
  %67 = getelementptr float, ptr %gains, i64 512
  %68 = getelementptr float, ptr %gains, i64 131584
  %69 = mul i64 %65, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %70 = icmp sgt i64 %u0, 3
  %71 = select i1 %70, i64 %u0, i64 3
  %72 = icmp slt i64 %u1, 4
  %73 = select i1 %72, i64 %u1, i64 4
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %279, %done39 ]
  %76 = icmp slt i64 %i36, 256
  br i1 %76, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %77 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %join, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %288, %join ]
  %78 = icmp slt i64 %i40, 256
  br i1 %78, label %body38, label %done39

body38:                                           ; preds = %loop37
  %79 = add i64 %i36, 0
  %80 = mul i64 %79, 256
  %81 = add i64 %80, %i40
  %82 = add i64 %69, %81
  %83 = getelementptr float, ptr %66, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = bitcast <8 x float> %84 to <8 x i32>
  %86 = lshr <8 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %87 = and <8 x i32> %86, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %88 = add <8 x i32> %87, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %89 = add <8 x i32> %85, %88
  %90 = fcmp uno <8 x float> %84, %84
  %91 = or <8 x i32> %85, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %92 = select <8 x i1> %90, <8 x i32> %91, <8 x i32> %89
  %93 = and <8 x i32> %92, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %94 = bitcast <8 x i32> %93 to <8 x float>
  %95 = select i1 %bf16, <8 x float> %94, <8 x float> %84
  %96 = add i64 %i36, 1
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %i40
  %99 = add i64 %69, %98
  %100 = getelementptr float, ptr %66, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = bitcast <8 x float> %101 to <8 x i32>
  %103 = lshr <8 x i32> %102, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %104 = and <8 x i32> %103, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %105 = add <8 x i32> %104, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %106 = add <8 x i32> %102, %105
  %107 = fcmp uno <8 x float> %101, %101
  %108 = or <8 x i32> %102, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %109 = select <8 x i1> %107, <8 x i32> %108, <8 x i32> %106
  %110 = and <8 x i32> %109, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %111 = bitcast <8 x i32> %110 to <8 x float>
  %112 = select i1 %bf16, <8 x float> %111, <8 x float> %101
  %113 = add i64 %i36, 2
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %i40
  %116 = add i64 %69, %115
  %117 = getelementptr float, ptr %66, i64 %116
  %118 = load <8 x float>, ptr %117, align 4
  %119 = bitcast <8 x float> %118 to <8 x i32>
  %120 = lshr <8 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %121 = and <8 x i32> %120, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %122 = add <8 x i32> %121, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %123 = add <8 x i32> %119, %122
  %124 = fcmp uno <8 x float> %118, %118
  %125 = or <8 x i32> %119, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %126 = select <8 x i1> %124, <8 x i32> %125, <8 x i32> %123
  %127 = and <8 x i32> %126, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %128 = bitcast <8 x i32> %127 to <8 x float>
  %129 = select i1 %bf16, <8 x float> %128, <8 x float> %118
  %130 = add i64 %i36, 3
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i40
  %133 = add i64 %69, %132
  %134 = getelementptr float, ptr %66, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = bitcast <8 x float> %135 to <8 x i32>
  %137 = lshr <8 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %138 = and <8 x i32> %137, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %139 = add <8 x i32> %138, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %140 = add <8 x i32> %136, %139
  %141 = fcmp uno <8 x float> %135, %135
  %142 = or <8 x i32> %136, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %143 = select <8 x i1> %141, <8 x i32> %142, <8 x i32> %140
  %144 = and <8 x i32> %143, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %145 = bitcast <8 x i32> %144 to <8 x float>
  %146 = select i1 %bf16, <8 x float> %145, <8 x float> %135
  %147 = add i64 %i36, 4
  %148 = mul i64 %147, 256
  %149 = add i64 %148, %i40
  %150 = add i64 %69, %149
  %151 = getelementptr float, ptr %66, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = bitcast <8 x float> %152 to <8 x i32>
  %154 = lshr <8 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = and <8 x i32> %154, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %156 = add <8 x i32> %155, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %157 = add <8 x i32> %153, %156
  %158 = fcmp uno <8 x float> %152, %152
  %159 = or <8 x i32> %153, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %160 = select <8 x i1> %158, <8 x i32> %159, <8 x i32> %157
  %161 = and <8 x i32> %160, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %162 = bitcast <8 x i32> %161 to <8 x float>
  %163 = select i1 %bf16, <8 x float> %162, <8 x float> %152
  %164 = add i64 %i36, 5
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %i40
  %167 = add i64 %69, %166
  %168 = getelementptr float, ptr %66, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = bitcast <8 x float> %169 to <8 x i32>
  %171 = lshr <8 x i32> %170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %172 = and <8 x i32> %171, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %173 = add <8 x i32> %172, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %174 = add <8 x i32> %170, %173
  %175 = fcmp uno <8 x float> %169, %169
  %176 = or <8 x i32> %170, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %177 = select <8 x i1> %175, <8 x i32> %176, <8 x i32> %174
  %178 = and <8 x i32> %177, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %179 = bitcast <8 x i32> %178 to <8 x float>
  %180 = select i1 %bf16, <8 x float> %179, <8 x float> %169
  %181 = add i64 %i36, 6
  %182 = mul i64 %181, 256
  %183 = add i64 %182, %i40
  %184 = add i64 %69, %183
  %185 = getelementptr float, ptr %66, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = bitcast <8 x float> %186 to <8 x i32>
  %188 = lshr <8 x i32> %187, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %189 = and <8 x i32> %188, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %190 = add <8 x i32> %189, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %191 = add <8 x i32> %187, %190
  %192 = fcmp uno <8 x float> %186, %186
  %193 = or <8 x i32> %187, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %194 = select <8 x i1> %192, <8 x i32> %193, <8 x i32> %191
  %195 = and <8 x i32> %194, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %196 = bitcast <8 x i32> %195 to <8 x float>
  %197 = select i1 %bf16, <8 x float> %196, <8 x float> %186
  %198 = add i64 %i36, 7
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i40
  %201 = add i64 %69, %200
  %202 = getelementptr float, ptr %66, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = bitcast <8 x float> %203 to <8 x i32>
  %205 = lshr <8 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %206 = and <8 x i32> %205, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %207 = add <8 x i32> %206, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %208 = add <8 x i32> %204, %207
  %209 = fcmp uno <8 x float> %203, %203
  %210 = or <8 x i32> %204, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %211 = select <8 x i1> %209, <8 x i32> %210, <8 x i32> %208
  %212 = and <8 x i32> %211, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %213 = bitcast <8 x i32> %212 to <8 x float>
  %214 = select i1 %bf16, <8 x float> %213, <8 x float> %203
  %215 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %216 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %217 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %218 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %219 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %220 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %221 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %222 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %223 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %224 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %225 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %226 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %227 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %228 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %229 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %230 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %231 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %232 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %233 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %234 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %235 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %236 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %237 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %238 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %239 = add i64 %i40, 0
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i36
  %242 = add i64 %69, %241
  %243 = getelementptr float, ptr %67, i64 %242
  store <8 x float> %231, ptr %243, align 4
  %244 = add i64 %i40, 1
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i36
  %247 = add i64 %69, %246
  %248 = getelementptr float, ptr %67, i64 %247
  store <8 x float> %233, ptr %248, align 4
  %249 = add i64 %i40, 2
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %i36
  %252 = add i64 %69, %251
  %253 = getelementptr float, ptr %67, i64 %252
  store <8 x float> %235, ptr %253, align 4
  %254 = add i64 %i40, 3
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %i36
  %257 = add i64 %69, %256
  %258 = getelementptr float, ptr %67, i64 %257
  store <8 x float> %237, ptr %258, align 4
  %259 = add i64 %i40, 4
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %i36
  %262 = add i64 %69, %261
  %263 = getelementptr float, ptr %67, i64 %262
  store <8 x float> %232, ptr %263, align 4
  %264 = add i64 %i40, 5
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %i36
  %267 = add i64 %69, %266
  %268 = getelementptr float, ptr %67, i64 %267
  store <8 x float> %234, ptr %268, align 4
  %269 = add i64 %i40, 6
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %i36
  %272 = add i64 %69, %271
  %273 = getelementptr float, ptr %67, i64 %272
  store <8 x float> %236, ptr %273, align 4
  %274 = add i64 %i40, 7
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i36
  %277 = add i64 %69, %276
  %278 = getelementptr float, ptr %67, i64 %277
  store <8 x float> %238, ptr %278, align 4
  br i1 %bf16, label %then, label %join

done39:                                           ; preds = %loop37
  %279 = add i64 %i36, 8
  br label %loop33

then:                                             ; preds = %body38
  %280 = getelementptr float, ptr %68, i64 %82
  store <8 x float> %95, ptr %280, align 4
  %281 = getelementptr float, ptr %68, i64 %99
  store <8 x float> %112, ptr %281, align 4
  %282 = getelementptr float, ptr %68, i64 %116
  store <8 x float> %129, ptr %282, align 4
  %283 = getelementptr float, ptr %68, i64 %133
  store <8 x float> %146, ptr %283, align 4
  %284 = getelementptr float, ptr %68, i64 %150
  store <8 x float> %163, ptr %284, align 4
  %285 = getelementptr float, ptr %68, i64 %167
  store <8 x float> %180, ptr %285, align 4
  %286 = getelementptr float, ptr %68, i64 %184
  store <8 x float> %197, ptr %286, align 4
  %287 = getelementptr float, ptr %68, i64 %201
  store <8 x float> %214, ptr %287, align 4
  br label %join

join:                                             ; preds = %then, %body38
  %288 = add i64 %i40, 8
  br label %loop37

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ %71, %done31 ], [ %296, %done47 ]
  %289 = icmp slt i64 %i44, %75
  br i1 %289, label %body42, label %done43

body42:                                           ; preds = %loop41
  %290 = sub i64 %i44, 3
  %291 = getelementptr float, ptr %params, i64 131344
  %292 = getelementptr float, ptr %gains, i64 66048
  %293 = getelementptr float, ptr %gains, i64 197120
  %294 = mul i64 %290, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  ret void

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %498, %done51 ]
  %295 = icmp slt i64 %i48, 256
  br i1 %295, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %296 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %507, %join54 ]
  %297 = icmp slt i64 %i52, 256
  br i1 %297, label %body50, label %done51

body50:                                           ; preds = %loop49
  %298 = add i64 %i48, 0
  %299 = mul i64 %298, 256
  %300 = add i64 %299, %i52
  %301 = add i64 %294, %300
  %302 = getelementptr float, ptr %291, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = bitcast <8 x float> %303 to <8 x i32>
  %305 = lshr <8 x i32> %304, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %306 = and <8 x i32> %305, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %307 = add <8 x i32> %306, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %308 = add <8 x i32> %304, %307
  %309 = fcmp uno <8 x float> %303, %303
  %310 = or <8 x i32> %304, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %311 = select <8 x i1> %309, <8 x i32> %310, <8 x i32> %308
  %312 = and <8 x i32> %311, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %313 = bitcast <8 x i32> %312 to <8 x float>
  %314 = select i1 %bf16, <8 x float> %313, <8 x float> %303
  %315 = add i64 %i48, 1
  %316 = mul i64 %315, 256
  %317 = add i64 %316, %i52
  %318 = add i64 %294, %317
  %319 = getelementptr float, ptr %291, i64 %318
  %320 = load <8 x float>, ptr %319, align 4
  %321 = bitcast <8 x float> %320 to <8 x i32>
  %322 = lshr <8 x i32> %321, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %323 = and <8 x i32> %322, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %324 = add <8 x i32> %323, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %325 = add <8 x i32> %321, %324
  %326 = fcmp uno <8 x float> %320, %320
  %327 = or <8 x i32> %321, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %328 = select <8 x i1> %326, <8 x i32> %327, <8 x i32> %325
  %329 = and <8 x i32> %328, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %330 = bitcast <8 x i32> %329 to <8 x float>
  %331 = select i1 %bf16, <8 x float> %330, <8 x float> %320
  %332 = add i64 %i48, 2
  %333 = mul i64 %332, 256
  %334 = add i64 %333, %i52
  %335 = add i64 %294, %334
  %336 = getelementptr float, ptr %291, i64 %335
  %337 = load <8 x float>, ptr %336, align 4
  %338 = bitcast <8 x float> %337 to <8 x i32>
  %339 = lshr <8 x i32> %338, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %340 = and <8 x i32> %339, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %341 = add <8 x i32> %340, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %342 = add <8 x i32> %338, %341
  %343 = fcmp uno <8 x float> %337, %337
  %344 = or <8 x i32> %338, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %345 = select <8 x i1> %343, <8 x i32> %344, <8 x i32> %342
  %346 = and <8 x i32> %345, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %347 = bitcast <8 x i32> %346 to <8 x float>
  %348 = select i1 %bf16, <8 x float> %347, <8 x float> %337
  %349 = add i64 %i48, 3
  %350 = mul i64 %349, 256
  %351 = add i64 %350, %i52
  %352 = add i64 %294, %351
  %353 = getelementptr float, ptr %291, i64 %352
  %354 = load <8 x float>, ptr %353, align 4
  %355 = bitcast <8 x float> %354 to <8 x i32>
  %356 = lshr <8 x i32> %355, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %357 = and <8 x i32> %356, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %358 = add <8 x i32> %357, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %359 = add <8 x i32> %355, %358
  %360 = fcmp uno <8 x float> %354, %354
  %361 = or <8 x i32> %355, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %362 = select <8 x i1> %360, <8 x i32> %361, <8 x i32> %359
  %363 = and <8 x i32> %362, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %364 = bitcast <8 x i32> %363 to <8 x float>
  %365 = select i1 %bf16, <8 x float> %364, <8 x float> %354
  %366 = add i64 %i48, 4
  %367 = mul i64 %366, 256
  %368 = add i64 %367, %i52
  %369 = add i64 %294, %368
  %370 = getelementptr float, ptr %291, i64 %369
  %371 = load <8 x float>, ptr %370, align 4
  %372 = bitcast <8 x float> %371 to <8 x i32>
  %373 = lshr <8 x i32> %372, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %374 = and <8 x i32> %373, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %375 = add <8 x i32> %374, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %376 = add <8 x i32> %372, %375
  %377 = fcmp uno <8 x float> %371, %371
  %378 = or <8 x i32> %372, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %379 = select <8 x i1> %377, <8 x i32> %378, <8 x i32> %376
  %380 = and <8 x i32> %379, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %381 = bitcast <8 x i32> %380 to <8 x float>
  %382 = select i1 %bf16, <8 x float> %381, <8 x float> %371
  %383 = add i64 %i48, 5
  %384 = mul i64 %383, 256
  %385 = add i64 %384, %i52
  %386 = add i64 %294, %385
  %387 = getelementptr float, ptr %291, i64 %386
  %388 = load <8 x float>, ptr %387, align 4
  %389 = bitcast <8 x float> %388 to <8 x i32>
  %390 = lshr <8 x i32> %389, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %391 = and <8 x i32> %390, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %392 = add <8 x i32> %391, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %393 = add <8 x i32> %389, %392
  %394 = fcmp uno <8 x float> %388, %388
  %395 = or <8 x i32> %389, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %396 = select <8 x i1> %394, <8 x i32> %395, <8 x i32> %393
  %397 = and <8 x i32> %396, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %398 = bitcast <8 x i32> %397 to <8 x float>
  %399 = select i1 %bf16, <8 x float> %398, <8 x float> %388
  %400 = add i64 %i48, 6
  %401 = mul i64 %400, 256
  %402 = add i64 %401, %i52
  %403 = add i64 %294, %402
  %404 = getelementptr float, ptr %291, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = bitcast <8 x float> %405 to <8 x i32>
  %407 = lshr <8 x i32> %406, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %408 = and <8 x i32> %407, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %409 = add <8 x i32> %408, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %410 = add <8 x i32> %406, %409
  %411 = fcmp uno <8 x float> %405, %405
  %412 = or <8 x i32> %406, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %413 = select <8 x i1> %411, <8 x i32> %412, <8 x i32> %410
  %414 = and <8 x i32> %413, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %415 = bitcast <8 x i32> %414 to <8 x float>
  %416 = select i1 %bf16, <8 x float> %415, <8 x float> %405
  %417 = add i64 %i48, 7
  %418 = mul i64 %417, 256
  %419 = add i64 %418, %i52
  %420 = add i64 %294, %419
  %421 = getelementptr float, ptr %291, i64 %420
  %422 = load <8 x float>, ptr %421, align 4
  %423 = bitcast <8 x float> %422 to <8 x i32>
  %424 = lshr <8 x i32> %423, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %425 = and <8 x i32> %424, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %426 = add <8 x i32> %425, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %427 = add <8 x i32> %423, %426
  %428 = fcmp uno <8 x float> %422, %422
  %429 = or <8 x i32> %423, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %430 = select <8 x i1> %428, <8 x i32> %429, <8 x i32> %427
  %431 = and <8 x i32> %430, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %432 = bitcast <8 x i32> %431 to <8 x float>
  %433 = select i1 %bf16, <8 x float> %432, <8 x float> %422
  %434 = shufflevector <8 x float> %314, <8 x float> %331, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %435 = shufflevector <8 x float> %314, <8 x float> %331, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %436 = shufflevector <8 x float> %348, <8 x float> %365, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %437 = shufflevector <8 x float> %348, <8 x float> %365, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %438 = shufflevector <8 x float> %434, <8 x float> %436, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %439 = shufflevector <8 x float> %434, <8 x float> %436, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %440 = shufflevector <8 x float> %435, <8 x float> %437, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %441 = shufflevector <8 x float> %435, <8 x float> %437, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %442 = shufflevector <8 x float> %382, <8 x float> %399, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %443 = shufflevector <8 x float> %382, <8 x float> %399, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %444 = shufflevector <8 x float> %416, <8 x float> %433, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %445 = shufflevector <8 x float> %416, <8 x float> %433, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %446 = shufflevector <8 x float> %442, <8 x float> %444, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %447 = shufflevector <8 x float> %442, <8 x float> %444, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %448 = shufflevector <8 x float> %443, <8 x float> %445, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %449 = shufflevector <8 x float> %443, <8 x float> %445, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %450 = shufflevector <8 x float> %438, <8 x float> %446, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %451 = shufflevector <8 x float> %438, <8 x float> %446, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %452 = shufflevector <8 x float> %439, <8 x float> %447, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %453 = shufflevector <8 x float> %439, <8 x float> %447, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %454 = shufflevector <8 x float> %440, <8 x float> %448, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %455 = shufflevector <8 x float> %440, <8 x float> %448, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %456 = shufflevector <8 x float> %441, <8 x float> %449, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %457 = shufflevector <8 x float> %441, <8 x float> %449, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %458 = add i64 %i52, 0
  %459 = mul i64 %458, 256
  %460 = add i64 %459, %i48
  %461 = add i64 %294, %460
  %462 = getelementptr float, ptr %292, i64 %461
  store <8 x float> %450, ptr %462, align 4
  %463 = add i64 %i52, 1
  %464 = mul i64 %463, 256
  %465 = add i64 %464, %i48
  %466 = add i64 %294, %465
  %467 = getelementptr float, ptr %292, i64 %466
  store <8 x float> %452, ptr %467, align 4
  %468 = add i64 %i52, 2
  %469 = mul i64 %468, 256
  %470 = add i64 %469, %i48
  %471 = add i64 %294, %470
  %472 = getelementptr float, ptr %292, i64 %471
  store <8 x float> %454, ptr %472, align 4
  %473 = add i64 %i52, 3
  %474 = mul i64 %473, 256
  %475 = add i64 %474, %i48
  %476 = add i64 %294, %475
  %477 = getelementptr float, ptr %292, i64 %476
  store <8 x float> %456, ptr %477, align 4
  %478 = add i64 %i52, 4
  %479 = mul i64 %478, 256
  %480 = add i64 %479, %i48
  %481 = add i64 %294, %480
  %482 = getelementptr float, ptr %292, i64 %481
  store <8 x float> %451, ptr %482, align 4
  %483 = add i64 %i52, 5
  %484 = mul i64 %483, 256
  %485 = add i64 %484, %i48
  %486 = add i64 %294, %485
  %487 = getelementptr float, ptr %292, i64 %486
  store <8 x float> %453, ptr %487, align 4
  %488 = add i64 %i52, 6
  %489 = mul i64 %488, 256
  %490 = add i64 %489, %i48
  %491 = add i64 %294, %490
  %492 = getelementptr float, ptr %292, i64 %491
  store <8 x float> %455, ptr %492, align 4
  %493 = add i64 %i52, 7
  %494 = mul i64 %493, 256
  %495 = add i64 %494, %i48
  %496 = add i64 %294, %495
  %497 = getelementptr float, ptr %292, i64 %496
  store <8 x float> %457, ptr %497, align 4
  br i1 %bf16, label %then53, label %join54

done51:                                           ; preds = %loop49
  %498 = add i64 %i48, 8
  br label %loop45

then53:                                           ; preds = %body50
  %499 = getelementptr float, ptr %293, i64 %301
  store <8 x float> %314, ptr %499, align 4
  %500 = getelementptr float, ptr %293, i64 %318
  store <8 x float> %331, ptr %500, align 4
  %501 = getelementptr float, ptr %293, i64 %335
  store <8 x float> %348, ptr %501, align 4
  %502 = getelementptr float, ptr %293, i64 %352
  store <8 x float> %365, ptr %502, align 4
  %503 = getelementptr float, ptr %293, i64 %369
  store <8 x float> %382, ptr %503, align 4
  %504 = getelementptr float, ptr %293, i64 %386
  store <8 x float> %399, ptr %504, align 4
  %505 = getelementptr float, ptr %293, i64 %403
  store <8 x float> %416, ptr %505, align 4
  %506 = getelementptr float, ptr %293, i64 %420
  store <8 x float> %433, ptr %506, align 4
  br label %join54

join54:                                           ; preds = %then53, %body50
  %507 = add i64 %i52, 8
  br label %loop49
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma, i32 %prec) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca float, align 4
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  br i1 %bf16, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  br label %loop5

loop:                                             ; preds = %done3, %then
  %i = phi i64 [ %b0, %then ], [ %57, %done3 ]
  %39 = icmp slt i64 %i, %b1
  br i1 %39, label %body, label %done

body:                                             ; preds = %loop
  %40 = mul i64 %i, 1808
  %41 = add i64 %40, 0
  %42 = getelementptr float, ptr %acts, i64 %41
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %43 = icmp slt i64 %i4, 256
  br i1 %43, label %body2, label %done3

body2:                                            ; preds = %loop1
  %44 = getelementptr float, ptr %42, i64 %i4
  %45 = load <8 x float>, ptr %44, align 4
  %46 = bitcast <8 x float> %45 to <8 x i32>
  %47 = lshr <8 x i32> %46, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %48 = and <8 x i32> %47, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %49 = add <8 x i32> %48, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %50 = add <8 x i32> %46, %49
  %51 = fcmp uno <8 x float> %45, %45
  %52 = or <8 x i32> %46, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %53 = select <8 x i1> %51, <8 x i32> %52, <8 x i32> %50
  %54 = and <8 x i32> %53, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %55 = bitcast <8 x i32> %54 to <8 x float>
  store <8 x float> %55, ptr %44, align 4
  %56 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  %57 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %join
  %i8 = phi i64 [ 0, %join ], [ %72, %done11 ]
  %58 = icmp slt i64 %i8, 1
  br i1 %58, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  br label %loop49

loop9:                                            ; preds = %done39, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %306, %done39 ]
  %59 = icmp slt i64 %i12, 1
  br i1 %59, label %body10, label %done11

body10:                                           ; preds = %loop9
  %60 = mul i64 %i8, 1
  %61 = add i64 %60, %i12
  %62 = mul i64 %61, 65536
  %63 = add i64 512, %62
  %64 = getelementptr float, ptr %gains, i64 %63
  %65 = sub i64 %b1, %b0
  %66 = sdiv i64 %65, 6
  %67 = mul i64 %66, 6
  %68 = add i64 %b0, %67
  %69 = sub i64 %b1, %68
  %70 = and i64 %69, -2
  %71 = add i64 %68, %70
  br label %loop13

done11:                                           ; preds = %loop9
  %72 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %111, %done19 ]
  %73 = icmp slt i64 %i16, 256
  br i1 %73, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  br label %loop25

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ %b0, %body14 ], [ %238, %done23 ]
  %74 = icmp slt i64 %i20, %68
  br i1 %74, label %body18, label %done19

body18:                                           ; preds = %loop17
  %75 = mul i64 %i12, 256
  %76 = add i64 %i20, 0
  %77 = mul i64 %76, 1808
  %78 = add i64 %77, 0
  %79 = getelementptr float, ptr %acts, i64 %78
  %80 = getelementptr float, ptr %79, i64 %75
  store <8 x float> zeroinitializer, ptr %38, align 32
  store <8 x float> zeroinitializer, ptr %37, align 32
  %81 = mul i64 %i12, 256
  %82 = add i64 %i20, 1
  %83 = mul i64 %82, 1808
  %84 = add i64 %83, 0
  %85 = getelementptr float, ptr %acts, i64 %84
  %86 = getelementptr float, ptr %85, i64 %81
  store <8 x float> zeroinitializer, ptr %36, align 32
  store <8 x float> zeroinitializer, ptr %35, align 32
  %87 = mul i64 %i12, 256
  %88 = add i64 %i20, 2
  %89 = mul i64 %88, 1808
  %90 = add i64 %89, 0
  %91 = getelementptr float, ptr %acts, i64 %90
  %92 = getelementptr float, ptr %91, i64 %87
  store <8 x float> zeroinitializer, ptr %34, align 32
  store <8 x float> zeroinitializer, ptr %33, align 32
  %93 = mul i64 %i12, 256
  %94 = add i64 %i20, 3
  %95 = mul i64 %94, 1808
  %96 = add i64 %95, 0
  %97 = getelementptr float, ptr %acts, i64 %96
  %98 = getelementptr float, ptr %97, i64 %93
  store <8 x float> zeroinitializer, ptr %32, align 32
  store <8 x float> zeroinitializer, ptr %31, align 32
  %99 = mul i64 %i12, 256
  %100 = add i64 %i20, 4
  %101 = mul i64 %100, 1808
  %102 = add i64 %101, 0
  %103 = getelementptr float, ptr %acts, i64 %102
  %104 = getelementptr float, ptr %103, i64 %99
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %105 = mul i64 %i12, 256
  %106 = add i64 %i20, 5
  %107 = mul i64 %106, 1808
  %108 = add i64 %107, 0
  %109 = getelementptr float, ptr %acts, i64 %108
  %110 = getelementptr float, ptr %109, i64 %105
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  br label %loop21

done19:                                           ; preds = %loop17
  %111 = add i64 %i16, 16
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %171, %body22 ]
  %112 = icmp slt i64 %i24, 256
  br i1 %112, label %body22, label %done23

body22:                                           ; preds = %loop21
  %113 = add i64 %i16, 0
  %114 = mul i64 %i24, 256
  %115 = add i64 %114, %113
  %116 = getelementptr float, ptr %64, i64 %115
  %117 = load <8 x float>, ptr %116, align 4
  %118 = add i64 %i16, 8
  %119 = mul i64 %i24, 256
  %120 = add i64 %119, %118
  %121 = getelementptr float, ptr %64, i64 %120
  %122 = load <8 x float>, ptr %121, align 4
  %123 = getelementptr float, ptr %80, i64 %i24
  %124 = load float, ptr %123, align 4
  %125 = insertelement <8 x float> undef, float %124, i32 0
  %126 = shufflevector <8 x float> %125, <8 x float> undef, <8 x i32> zeroinitializer
  %127 = load <8 x float>, ptr %38, align 32
  %128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %126, <8 x float> %117, <8 x float> %127)
  store <8 x float> %128, ptr %38, align 32
  %129 = load <8 x float>, ptr %37, align 32
  %130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %126, <8 x float> %122, <8 x float> %129)
  store <8 x float> %130, ptr %37, align 32
  %131 = getelementptr float, ptr %86, i64 %i24
  %132 = load float, ptr %131, align 4
  %133 = insertelement <8 x float> undef, float %132, i32 0
  %134 = shufflevector <8 x float> %133, <8 x float> undef, <8 x i32> zeroinitializer
  %135 = load <8 x float>, ptr %36, align 32
  %136 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %134, <8 x float> %117, <8 x float> %135)
  store <8 x float> %136, ptr %36, align 32
  %137 = load <8 x float>, ptr %35, align 32
  %138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %134, <8 x float> %122, <8 x float> %137)
  store <8 x float> %138, ptr %35, align 32
  %139 = getelementptr float, ptr %92, i64 %i24
  %140 = load float, ptr %139, align 4
  %141 = insertelement <8 x float> undef, float %140, i32 0
  %142 = shufflevector <8 x float> %141, <8 x float> undef, <8 x i32> zeroinitializer
  %143 = load <8 x float>, ptr %34, align 32
  %144 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %142, <8 x float> %117, <8 x float> %143)
  store <8 x float> %144, ptr %34, align 32
  %145 = load <8 x float>, ptr %33, align 32
  %146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %142, <8 x float> %122, <8 x float> %145)
  store <8 x float> %146, ptr %33, align 32
  %147 = getelementptr float, ptr %98, i64 %i24
  %148 = load float, ptr %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i32 0
  %150 = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, ptr %32, align 32
  %152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %150, <8 x float> %117, <8 x float> %151)
  store <8 x float> %152, ptr %32, align 32
  %153 = load <8 x float>, ptr %31, align 32
  %154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %150, <8 x float> %122, <8 x float> %153)
  store <8 x float> %154, ptr %31, align 32
  %155 = getelementptr float, ptr %104, i64 %i24
  %156 = load float, ptr %155, align 4
  %157 = insertelement <8 x float> undef, float %156, i32 0
  %158 = shufflevector <8 x float> %157, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = load <8 x float>, ptr %30, align 32
  %160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %158, <8 x float> %117, <8 x float> %159)
  store <8 x float> %160, ptr %30, align 32
  %161 = load <8 x float>, ptr %29, align 32
  %162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %158, <8 x float> %122, <8 x float> %161)
  store <8 x float> %162, ptr %29, align 32
  %163 = getelementptr float, ptr %110, i64 %i24
  %164 = load float, ptr %163, align 4
  %165 = insertelement <8 x float> undef, float %164, i32 0
  %166 = shufflevector <8 x float> %165, <8 x float> undef, <8 x i32> zeroinitializer
  %167 = load <8 x float>, ptr %28, align 32
  %168 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %166, <8 x float> %117, <8 x float> %167)
  store <8 x float> %168, ptr %28, align 32
  %169 = load <8 x float>, ptr %27, align 32
  %170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %166, <8 x float> %122, <8 x float> %169)
  store <8 x float> %170, ptr %27, align 32
  %171 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %172 = mul i64 %61, 256
  %173 = add i64 %172, %i16
  %174 = add i64 %i20, 0
  %175 = mul i64 %174, 1808
  %176 = add i64 %175, 256
  %177 = getelementptr float, ptr %acts, i64 %176
  %178 = getelementptr float, ptr %177, i64 %173
  %179 = getelementptr float, ptr %178, i64 0
  %180 = load <8 x float>, ptr %38, align 32
  store <8 x float> %180, ptr %179, align 4
  %181 = getelementptr float, ptr %178, i64 8
  %182 = load <8 x float>, ptr %37, align 32
  store <8 x float> %182, ptr %181, align 4
  %183 = mul i64 %61, 256
  %184 = add i64 %183, %i16
  %185 = add i64 %i20, 1
  %186 = mul i64 %185, 1808
  %187 = add i64 %186, 256
  %188 = getelementptr float, ptr %acts, i64 %187
  %189 = getelementptr float, ptr %188, i64 %184
  %190 = getelementptr float, ptr %189, i64 0
  %191 = load <8 x float>, ptr %36, align 32
  store <8 x float> %191, ptr %190, align 4
  %192 = getelementptr float, ptr %189, i64 8
  %193 = load <8 x float>, ptr %35, align 32
  store <8 x float> %193, ptr %192, align 4
  %194 = mul i64 %61, 256
  %195 = add i64 %194, %i16
  %196 = add i64 %i20, 2
  %197 = mul i64 %196, 1808
  %198 = add i64 %197, 256
  %199 = getelementptr float, ptr %acts, i64 %198
  %200 = getelementptr float, ptr %199, i64 %195
  %201 = getelementptr float, ptr %200, i64 0
  %202 = load <8 x float>, ptr %34, align 32
  store <8 x float> %202, ptr %201, align 4
  %203 = getelementptr float, ptr %200, i64 8
  %204 = load <8 x float>, ptr %33, align 32
  store <8 x float> %204, ptr %203, align 4
  %205 = mul i64 %61, 256
  %206 = add i64 %205, %i16
  %207 = add i64 %i20, 3
  %208 = mul i64 %207, 1808
  %209 = add i64 %208, 256
  %210 = getelementptr float, ptr %acts, i64 %209
  %211 = getelementptr float, ptr %210, i64 %206
  %212 = getelementptr float, ptr %211, i64 0
  %213 = load <8 x float>, ptr %32, align 32
  store <8 x float> %213, ptr %212, align 4
  %214 = getelementptr float, ptr %211, i64 8
  %215 = load <8 x float>, ptr %31, align 32
  store <8 x float> %215, ptr %214, align 4
  %216 = mul i64 %61, 256
  %217 = add i64 %216, %i16
  %218 = add i64 %i20, 4
  %219 = mul i64 %218, 1808
  %220 = add i64 %219, 256
  %221 = getelementptr float, ptr %acts, i64 %220
  %222 = getelementptr float, ptr %221, i64 %217
  %223 = getelementptr float, ptr %222, i64 0
  %224 = load <8 x float>, ptr %30, align 32
  store <8 x float> %224, ptr %223, align 4
  %225 = getelementptr float, ptr %222, i64 8
  %226 = load <8 x float>, ptr %29, align 32
  store <8 x float> %226, ptr %225, align 4
  %227 = mul i64 %61, 256
  %228 = add i64 %227, %i16
  %229 = add i64 %i20, 5
  %230 = mul i64 %229, 1808
  %231 = add i64 %230, 256
  %232 = getelementptr float, ptr %acts, i64 %231
  %233 = getelementptr float, ptr %232, i64 %228
  %234 = getelementptr float, ptr %233, i64 0
  %235 = load <8 x float>, ptr %28, align 32
  store <8 x float> %235, ptr %234, align 4
  %236 = getelementptr float, ptr %233, i64 8
  %237 = load <8 x float>, ptr %27, align 32
  store <8 x float> %237, ptr %236, align 4
  %238 = add i64 %i20, 6
  br label %loop17

loop25:                                           ; preds = %done31, %done15
  %i28 = phi i64 [ 0, %done15 ], [ %253, %done31 ]
  %239 = icmp slt i64 %i28, 256
  br i1 %239, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  br label %loop37

loop29:                                           ; preds = %done35, %body26
  %i32 = phi i64 [ %68, %body26 ], [ %304, %done35 ]
  %240 = icmp slt i64 %i32, %71
  br i1 %240, label %body30, label %done31

body30:                                           ; preds = %loop29
  %241 = mul i64 %i12, 256
  %242 = add i64 %i32, 0
  %243 = mul i64 %242, 1808
  %244 = add i64 %243, 0
  %245 = getelementptr float, ptr %acts, i64 %244
  %246 = getelementptr float, ptr %245, i64 %241
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %247 = mul i64 %i12, 256
  %248 = add i64 %i32, 1
  %249 = mul i64 %248, 1808
  %250 = add i64 %249, 0
  %251 = getelementptr float, ptr %acts, i64 %250
  %252 = getelementptr float, ptr %251, i64 %247
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  br label %loop33

done31:                                           ; preds = %loop29
  %253 = add i64 %i28, 16
  br label %loop25

loop33:                                           ; preds = %body34, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %281, %body34 ]
  %254 = icmp slt i64 %i36, 256
  br i1 %254, label %body34, label %done35

body34:                                           ; preds = %loop33
  %255 = add i64 %i28, 0
  %256 = mul i64 %i36, 256
  %257 = add i64 %256, %255
  %258 = getelementptr float, ptr %64, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = add i64 %i28, 8
  %261 = mul i64 %i36, 256
  %262 = add i64 %261, %260
  %263 = getelementptr float, ptr %64, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = getelementptr float, ptr %246, i64 %i36
  %266 = load float, ptr %265, align 4
  %267 = insertelement <8 x float> undef, float %266, i32 0
  %268 = shufflevector <8 x float> %267, <8 x float> undef, <8 x i32> zeroinitializer
  %269 = load <8 x float>, ptr %26, align 32
  %270 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %268, <8 x float> %259, <8 x float> %269)
  store <8 x float> %270, ptr %26, align 32
  %271 = load <8 x float>, ptr %25, align 32
  %272 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %268, <8 x float> %264, <8 x float> %271)
  store <8 x float> %272, ptr %25, align 32
  %273 = getelementptr float, ptr %252, i64 %i36
  %274 = load float, ptr %273, align 4
  %275 = insertelement <8 x float> undef, float %274, i32 0
  %276 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, ptr %24, align 32
  %278 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %259, <8 x float> %277)
  store <8 x float> %278, ptr %24, align 32
  %279 = load <8 x float>, ptr %23, align 32
  %280 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %264, <8 x float> %279)
  store <8 x float> %280, ptr %23, align 32
  %281 = add i64 %i36, 1
  br label %loop33

done35:                                           ; preds = %loop33
  %282 = mul i64 %61, 256
  %283 = add i64 %282, %i28
  %284 = add i64 %i32, 0
  %285 = mul i64 %284, 1808
  %286 = add i64 %285, 256
  %287 = getelementptr float, ptr %acts, i64 %286
  %288 = getelementptr float, ptr %287, i64 %283
  %289 = getelementptr float, ptr %288, i64 0
  %290 = load <8 x float>, ptr %26, align 32
  store <8 x float> %290, ptr %289, align 4
  %291 = getelementptr float, ptr %288, i64 8
  %292 = load <8 x float>, ptr %25, align 32
  store <8 x float> %292, ptr %291, align 4
  %293 = mul i64 %61, 256
  %294 = add i64 %293, %i28
  %295 = add i64 %i32, 1
  %296 = mul i64 %295, 1808
  %297 = add i64 %296, 256
  %298 = getelementptr float, ptr %acts, i64 %297
  %299 = getelementptr float, ptr %298, i64 %294
  %300 = getelementptr float, ptr %299, i64 0
  %301 = load <8 x float>, ptr %24, align 32
  store <8 x float> %301, ptr %300, align 4
  %302 = getelementptr float, ptr %299, i64 8
  %303 = load <8 x float>, ptr %23, align 32
  store <8 x float> %303, ptr %302, align 4
  %304 = add i64 %i32, 2
  br label %loop29

loop37:                                           ; preds = %done43, %done27
  %i40 = phi i64 [ 0, %done27 ], [ %314, %done43 ]
  %305 = icmp slt i64 %i40, 256
  br i1 %305, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  %306 = add i64 %i12, 1
  br label %loop9

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ %71, %body38 ], [ %346, %done47 ]
  %307 = icmp slt i64 %i44, %b1
  br i1 %307, label %body42, label %done43

body42:                                           ; preds = %loop41
  %308 = mul i64 %i12, 256
  %309 = add i64 %i44, 0
  %310 = mul i64 %309, 1808
  %311 = add i64 %310, 0
  %312 = getelementptr float, ptr %acts, i64 %311
  %313 = getelementptr float, ptr %312, i64 %308
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  br label %loop45

done43:                                           ; preds = %loop41
  %314 = add i64 %i40, 16
  br label %loop37

loop45:                                           ; preds = %body46, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %334, %body46 ]
  %315 = icmp slt i64 %i48, 256
  br i1 %315, label %body46, label %done47

body46:                                           ; preds = %loop45
  %316 = add i64 %i40, 0
  %317 = mul i64 %i48, 256
  %318 = add i64 %317, %316
  %319 = getelementptr float, ptr %64, i64 %318
  %320 = load <8 x float>, ptr %319, align 4
  %321 = add i64 %i40, 8
  %322 = mul i64 %i48, 256
  %323 = add i64 %322, %321
  %324 = getelementptr float, ptr %64, i64 %323
  %325 = load <8 x float>, ptr %324, align 4
  %326 = getelementptr float, ptr %313, i64 %i48
  %327 = load float, ptr %326, align 4
  %328 = insertelement <8 x float> undef, float %327, i32 0
  %329 = shufflevector <8 x float> %328, <8 x float> undef, <8 x i32> zeroinitializer
  %330 = load <8 x float>, ptr %22, align 32
  %331 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %329, <8 x float> %320, <8 x float> %330)
  store <8 x float> %331, ptr %22, align 32
  %332 = load <8 x float>, ptr %21, align 32
  %333 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %329, <8 x float> %325, <8 x float> %332)
  store <8 x float> %333, ptr %21, align 32
  %334 = add i64 %i48, 1
  br label %loop45

done47:                                           ; preds = %loop45
  %335 = mul i64 %61, 256
  %336 = add i64 %335, %i40
  %337 = add i64 %i44, 0
  %338 = mul i64 %337, 1808
  %339 = add i64 %338, 256
  %340 = getelementptr float, ptr %acts, i64 %339
  %341 = getelementptr float, ptr %340, i64 %336
  %342 = getelementptr float, ptr %341, i64 0
  %343 = load <8 x float>, ptr %22, align 32
  store <8 x float> %343, ptr %342, align 4
  %344 = getelementptr float, ptr %341, i64 8
  %345 = load <8 x float>, ptr %21, align 32
  store <8 x float> %345, ptr %344, align 4
  %346 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %done55, %done7
  %i52 = phi i64 [ %b0, %done7 ], [ %358, %done55 ]
  %347 = icmp slt i64 %i52, %b1
  br i1 %347, label %body50, label %done51

body50:                                           ; preds = %loop49
  %348 = mul i64 %i52, 1808
  %349 = add i64 %348, 256
  %350 = getelementptr float, ptr %acts, i64 %349
  %351 = mul i64 %i52, 1808
  %352 = add i64 %351, 512
  %353 = getelementptr float, ptr %acts, i64 %352
  br label %loop53

done51:                                           ; preds = %loop49
  %354 = fcmp olt float %sigma, 0.000000e+00
  %355 = select i1 %354, float 0x3FC99999A0000000, float %sigma
  %356 = fcmp ogt float %355, 0.000000e+00
  br label %loop65

loop53:                                           ; preds = %done59, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %360, %done59 ]
  %357 = icmp slt i64 %i56, 1
  br i1 %357, label %body54, label %done55

body54:                                           ; preds = %loop53
  br label %loop57

done55:                                           ; preds = %loop53
  %358 = add i64 %i52, 1
  br label %loop49

loop57:                                           ; preds = %done63, %body54
  %i60 = phi i64 [ 0, %body54 ], [ %381, %done63 ]
  %359 = icmp slt i64 %i60, 256
  br i1 %359, label %body58, label %done59

body58:                                           ; preds = %loop57
  store float 0.000000e+00, ptr %20, align 4
  br label %loop61

done59:                                           ; preds = %loop57
  %360 = add i64 %i56, 1
  br label %loop53

loop61:                                           ; preds = %body62, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %370, %body62 ]
  %361 = icmp slt i64 %i64, 1
  br i1 %361, label %body62, label %done63

body62:                                           ; preds = %loop61
  %362 = mul i64 %i56, 1
  %363 = add i64 %362, %i64
  %364 = mul i64 %363, 256
  %365 = add i64 %364, %i60
  %366 = getelementptr float, ptr %350, i64 %365
  %367 = load float, ptr %366, align 4
  %368 = load float, ptr %20, align 4
  %369 = fadd float %368, %367
  store float %369, ptr %20, align 4
  %370 = add i64 %i64, 1
  br label %loop61

done63:                                           ; preds = %loop61
  %371 = mul i64 %i56, 256
  %372 = add i64 %371, %i60
  %373 = add i64 0, %372
  %374 = getelementptr float, ptr %gains, i64 %373
  %375 = load float, ptr %374, align 4
  %376 = load float, ptr %20, align 4
  %377 = fmul float %376, %375
  %378 = icmp slt i64 %372, 256
  %379 = getelementptr float, ptr %353, i64 %372
  %380 = select i1 %378, float %377, float 0.000000e+00
  store float %380, ptr %379, align 4
  %381 = add i64 %i60, 1
  br label %loop57

loop65:                                           ; preds = %done71, %done51
  %i68 = phi i64 [ %b0, %done51 ], [ %438, %done71 ]
  %382 = icmp slt i64 %i68, %b1
  br i1 %382, label %body66, label %done67

body66:                                           ; preds = %loop65
  %383 = mul i64 %i68, 1808
  %384 = add i64 %383, 512
  %385 = getelementptr float, ptr %acts, i64 %384
  %386 = mul i64 %i68, 1808
  %387 = add i64 %386, 768
  %388 = getelementptr float, ptr %acts, i64 %387
  %389 = add i64 %first, %i68
  %390 = add i64 %seed, -7046029254386353131
  %391 = lshr i64 %390, 30
  %392 = xor i64 %390, %391
  %393 = mul i64 %392, -4658895280553007687
  %394 = lshr i64 %393, 27
  %395 = xor i64 %393, %394
  %396 = mul i64 %395, -7723592293110705685
  %397 = lshr i64 %396, 31
  %398 = xor i64 %396, %397
  %399 = add i64 %398, %step
  %400 = lshr i64 %399, 30
  %401 = xor i64 %399, %400
  %402 = mul i64 %401, -4658895280553007687
  %403 = lshr i64 %402, 27
  %404 = xor i64 %402, %403
  %405 = mul i64 %404, -7723592293110705685
  %406 = lshr i64 %405, 31
  %407 = xor i64 %405, %406
  %408 = or i64 3298534883328, %389
  %409 = add i64 %407, %408
  %410 = lshr i64 %409, 30
  %411 = xor i64 %409, %410
  %412 = mul i64 %411, -4658895280553007687
  %413 = lshr i64 %412, 27
  %414 = xor i64 %412, %413
  %415 = mul i64 %414, -7723592293110705685
  %416 = lshr i64 %415, 31
  %417 = xor i64 %415, %416
  br label %loop69

done67:                                           ; preds = %loop65
  %418 = getelementptr float, ptr %params, i64 131328
  %419 = load float, ptr %418, align 4
  %420 = fcmp ogt float %419, 0.000000e+00
  %421 = fneg float %419
  %422 = select i1 %420, float %421, float %419
  %423 = call float @llvm.exp.f32(float %422)
  %424 = fmul float 3.000000e+00, %423
  %425 = fadd float 1.000000e+00, %424
  %426 = fsub float 1.000000e+00, %423
  %427 = fdiv float %426, %425
  %428 = fadd float %423, 3.000000e+00
  %429 = fsub float %423, 1.000000e+00
  %430 = fdiv float %429, %428
  %431 = select i1 %420, float %427, float %430
  br label %loop75

loop69:                                           ; preds = %join74, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %514, %join74 ]
  %432 = icmp slt i64 %i72, 256
  br i1 %432, label %body70, label %done71

body70:                                           ; preds = %loop69
  %433 = insertelement <8 x i64> undef, i64 %i72, i32 0
  %434 = shufflevector <8 x i64> %433, <8 x i64> undef, <8 x i32> zeroinitializer
  %435 = add <8 x i64> %434, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %436 = getelementptr float, ptr %385, i64 %i72
  %437 = load <8 x float>, ptr %436, align 4
  store <8 x float> %437, ptr %19, align 32
  br i1 %356, label %then73, label %join74

done71:                                           ; preds = %loop69
  %438 = add i64 %i68, 1
  br label %loop65

then73:                                           ; preds = %body70
  %439 = insertelement <8 x i64> undef, i64 %417, i32 0
  %440 = shufflevector <8 x i64> %439, <8 x i64> undef, <8 x i32> zeroinitializer
  %441 = mul <8 x i64> %435, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %442 = add <8 x i64> %440, %441
  %443 = lshr <8 x i64> %442, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %444 = xor <8 x i64> %442, %443
  %445 = mul <8 x i64> %444, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %446 = lshr <8 x i64> %445, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %447 = xor <8 x i64> %445, %446
  %448 = mul <8 x i64> %447, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %449 = lshr <8 x i64> %448, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %450 = xor <8 x i64> %448, %449
  %451 = lshr <8 x i64> %450, <i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41>
  %452 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %451
  %453 = add <8 x i64> %452, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %454 = lshr <8 x i64> %450, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %455 = and <8 x i64> %454, <i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607>
  %456 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %455
  %457 = add <8 x i64> %456, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %458 = uitofp <8 x i64> %453 to <8 x float>
  %459 = fmul <8 x float> %458, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %460 = uitofp <8 x i64> %457 to <8 x float>
  %461 = fmul <8 x float> %460, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %462 = bitcast <8 x float> %459 to <8 x i32>
  %463 = lshr <8 x i32> %462, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %464 = sub <8 x i32> %463, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %465 = sitofp <8 x i32> %464 to <8 x float>
  %466 = and <8 x i32> %462, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %467 = or <8 x i32> %466, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %468 = bitcast <8 x i32> %467 to <8 x float>
  %469 = fcmp ogt <8 x float> %468, <float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000>
  %470 = fmul <8 x float> %468, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %471 = select <8 x i1> %469, <8 x float> %470, <8 x float> %468
  %472 = fadd <8 x float> %465, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %473 = select <8 x i1> %469, <8 x float> %472, <8 x float> %465
  %474 = fadd <8 x float> %471, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %475 = fsub <8 x float> %471, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %476 = fdiv <8 x float> %475, %474
  %477 = fmul <8 x float> %476, %476
  %478 = call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>, <8 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>)
  %479 = call <8 x float> @llvm.fma.v8f32(<8 x float> %478, <8 x float> %477, <8 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>)
  %480 = call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %477, <8 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>)
  %481 = call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %477, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %482 = fmul <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %476
  %483 = fmul <8 x float> %482, %481
  %484 = call <8 x float> @llvm.fma.v8f32(<8 x float> %473, <8 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>, <8 x float> %483)
  %485 = fmul <8 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %484
  %486 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %485)
  %487 = fcmp olt <8 x float> %461, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %488 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %461
  %489 = select <8 x i1> %487, <8 x float> %461, <8 x float> %488
  %490 = fsub <8 x float> %489, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %491 = fmul <8 x float> %490, <float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000>
  %492 = fmul <8 x float> %491, %491
  %493 = call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> <float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000>, <8 x float> <float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000>)
  %494 = call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %492, <8 x float> <float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000>)
  %495 = call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %492, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
  %496 = call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %492, <8 x float> <float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000>)
  %497 = fmul <8 x float> %491, %492
  %498 = call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %496, <8 x float> %491)
  %499 = fneg <8 x float> %498
  %500 = fmul <8 x float> %486, %499
  %501 = insertelement <8 x float> undef, float %355, i32 0
  %502 = shufflevector <8 x float> %501, <8 x float> undef, <8 x i32> zeroinitializer
  %503 = fmul <8 x float> %502, %500
  %504 = fadd <8 x float> %437, %503
  store <8 x float> %504, ptr %19, align 32
  br label %join74

join74:                                           ; preds = %then73, %body70
  %505 = getelementptr float, ptr %params, i64 131072
  %506 = getelementptr float, ptr %505, i64 %i72
  %507 = load <8 x float>, ptr %506, align 4
  %508 = load <8 x float>, ptr %19, align 32
  %509 = fcmp oge <8 x float> %508, %507
  %510 = icmp slt <8 x i64> %435, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %511 = getelementptr float, ptr %388, i64 %i72
  %512 = and <8 x i1> %509, %510
  %513 = uitofp <8 x i1> %512 to <8 x float>
  store <8 x float> %513, ptr %511, align 4
  %514 = add i64 %i72, 8
  br label %loop69

loop75:                                           ; preds = %done81, %done67
  %i78 = phi i64 [ %b0, %done67 ], [ %517, %done81 ]
  %515 = icmp slt i64 %i78, %b1
  br i1 %515, label %body76, label %done77

body76:                                           ; preds = %loop75
  br label %loop79

done77:                                           ; preds = %loop75
  br i1 %bf16, label %then91, label %join92

loop79:                                           ; preds = %done85, %body76
  %i82 = phi i64 [ 0, %body76 ], [ %532, %done85 ]
  %516 = icmp slt i64 %i82, 1
  br i1 %516, label %body80, label %done81

body80:                                           ; preds = %loop79
  br label %loop83

done81:                                           ; preds = %loop79
  %517 = add i64 %i78, 1
  br label %loop75

loop83:                                           ; preds = %done89, %body80
  %i86 = phi i64 [ 0, %body80 ], [ %551, %done89 ]
  %518 = icmp slt i64 %i86, 4
  br i1 %518, label %body84, label %done85

body84:                                           ; preds = %loop83
  %519 = mul i64 %i82, 256
  %520 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i86
  %521 = load i32, ptr %520, align 4
  %522 = sext i32 %521 to i64
  %523 = mul i64 %522, 64
  %524 = add i64 %519, %523
  %525 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i86
  %526 = load i32, ptr %525, align 4
  %527 = sext i32 %526 to i64
  %528 = mul i64 %527, 64
  %529 = add i64 %519, %528
  %530 = mul i64 %i86, 64
  %531 = add i64 %519, %530
  br label %loop87

done85:                                           ; preds = %loop83
  %532 = add i64 %i82, 1
  br label %loop79

loop87:                                           ; preds = %body88, %body84
  %i90 = phi i64 [ 0, %body84 ], [ %550, %body88 ]
  %533 = icmp slt i64 %i90, 64
  br i1 %533, label %body88, label %done89

body88:                                           ; preds = %loop87
  %534 = add i64 %529, %i90
  %535 = add i64 %524, %i90
  %536 = add i64 %531, %i90
  %537 = mul i64 %i78, 1808
  %538 = add i64 %537, 768
  %539 = getelementptr float, ptr %acts, i64 %538
  %540 = getelementptr float, ptr %539, i64 %534
  %541 = load float, ptr %540, align 4
  %542 = getelementptr float, ptr %539, i64 %535
  %543 = load float, ptr %542, align 4
  %544 = fsub float %543, %541
  %545 = mul i64 %i78, 1808
  %546 = add i64 %545, 1024
  %547 = getelementptr float, ptr %acts, i64 %546
  %548 = getelementptr float, ptr %547, i64 %536
  %549 = fmul float %431, %544
  store float %549, ptr %548, align 4
  %550 = add i64 %i90, 1
  br label %loop87

done89:                                           ; preds = %loop87
  %551 = add i64 %i86, 1
  br label %loop83

then91:                                           ; preds = %done77
  br label %loop93

join92:                                           ; preds = %done95, %done77
  br label %loop101

loop93:                                           ; preds = %done99, %then91
  %i96 = phi i64 [ %b0, %then91 ], [ %570, %done99 ]
  %552 = icmp slt i64 %i96, %b1
  br i1 %552, label %body94, label %done95

body94:                                           ; preds = %loop93
  %553 = mul i64 %i96, 1808
  %554 = add i64 %553, 1024
  %555 = getelementptr float, ptr %acts, i64 %554
  br label %loop97

done95:                                           ; preds = %loop93
  br label %join92

loop97:                                           ; preds = %body98, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %569, %body98 ]
  %556 = icmp slt i64 %i100, 256
  br i1 %556, label %body98, label %done99

body98:                                           ; preds = %loop97
  %557 = getelementptr float, ptr %555, i64 %i100
  %558 = load <8 x float>, ptr %557, align 4
  %559 = bitcast <8 x float> %558 to <8 x i32>
  %560 = lshr <8 x i32> %559, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %561 = and <8 x i32> %560, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %562 = add <8 x i32> %561, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %563 = add <8 x i32> %559, %562
  %564 = fcmp uno <8 x float> %558, %558
  %565 = or <8 x i32> %559, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %566 = select <8 x i1> %564, <8 x i32> %565, <8 x i32> %563
  %567 = and <8 x i32> %566, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %568 = bitcast <8 x i32> %567 to <8 x float>
  store <8 x float> %568, ptr %557, align 4
  %569 = add i64 %i100, 8
  br label %loop97

done99:                                           ; preds = %loop97
  %570 = add i64 %i96, 1
  br label %loop93

loop101:                                          ; preds = %done107, %join92
  %i104 = phi i64 [ 0, %join92 ], [ %585, %done107 ]
  %571 = icmp slt i64 %i104, 1
  br i1 %571, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  br label %loop145

loop105:                                          ; preds = %done135, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %819, %done135 ]
  %572 = icmp slt i64 %i108, 1
  br i1 %572, label %body106, label %done107

body106:                                          ; preds = %loop105
  %573 = mul i64 %i104, 1
  %574 = add i64 %573, %i108
  %575 = mul i64 %574, 65536
  %576 = add i64 66048, %575
  %577 = getelementptr float, ptr %gains, i64 %576
  %578 = sub i64 %b1, %b0
  %579 = sdiv i64 %578, 6
  %580 = mul i64 %579, 6
  %581 = add i64 %b0, %580
  %582 = sub i64 %b1, %581
  %583 = and i64 %582, -2
  %584 = add i64 %581, %583
  br label %loop109

done107:                                          ; preds = %loop105
  %585 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %done115, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %624, %done115 ]
  %586 = icmp slt i64 %i112, 256
  br i1 %586, label %body110, label %done111

body110:                                          ; preds = %loop109
  br label %loop113

done111:                                          ; preds = %loop109
  br label %loop121

loop113:                                          ; preds = %done119, %body110
  %i116 = phi i64 [ %b0, %body110 ], [ %751, %done119 ]
  %587 = icmp slt i64 %i116, %581
  br i1 %587, label %body114, label %done115

body114:                                          ; preds = %loop113
  %588 = mul i64 %i108, 256
  %589 = add i64 %i116, 0
  %590 = mul i64 %589, 1808
  %591 = add i64 %590, 1024
  %592 = getelementptr float, ptr %acts, i64 %591
  %593 = getelementptr float, ptr %592, i64 %588
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %594 = mul i64 %i108, 256
  %595 = add i64 %i116, 1
  %596 = mul i64 %595, 1808
  %597 = add i64 %596, 1024
  %598 = getelementptr float, ptr %acts, i64 %597
  %599 = getelementptr float, ptr %598, i64 %594
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %600 = mul i64 %i108, 256
  %601 = add i64 %i116, 2
  %602 = mul i64 %601, 1808
  %603 = add i64 %602, 1024
  %604 = getelementptr float, ptr %acts, i64 %603
  %605 = getelementptr float, ptr %604, i64 %600
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %606 = mul i64 %i108, 256
  %607 = add i64 %i116, 3
  %608 = mul i64 %607, 1808
  %609 = add i64 %608, 1024
  %610 = getelementptr float, ptr %acts, i64 %609
  %611 = getelementptr float, ptr %610, i64 %606
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %612 = mul i64 %i108, 256
  %613 = add i64 %i116, 4
  %614 = mul i64 %613, 1808
  %615 = add i64 %614, 1024
  %616 = getelementptr float, ptr %acts, i64 %615
  %617 = getelementptr float, ptr %616, i64 %612
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %618 = mul i64 %i108, 256
  %619 = add i64 %i116, 5
  %620 = mul i64 %619, 1808
  %621 = add i64 %620, 1024
  %622 = getelementptr float, ptr %acts, i64 %621
  %623 = getelementptr float, ptr %622, i64 %618
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  br label %loop117

done115:                                          ; preds = %loop113
  %624 = add i64 %i112, 16
  br label %loop109

loop117:                                          ; preds = %body118, %body114
  %i120 = phi i64 [ 0, %body114 ], [ %684, %body118 ]
  %625 = icmp slt i64 %i120, 256
  br i1 %625, label %body118, label %done119

body118:                                          ; preds = %loop117
  %626 = add i64 %i112, 0
  %627 = mul i64 %i120, 256
  %628 = add i64 %627, %626
  %629 = getelementptr float, ptr %577, i64 %628
  %630 = load <8 x float>, ptr %629, align 4
  %631 = add i64 %i112, 8
  %632 = mul i64 %i120, 256
  %633 = add i64 %632, %631
  %634 = getelementptr float, ptr %577, i64 %633
  %635 = load <8 x float>, ptr %634, align 4
  %636 = getelementptr float, ptr %593, i64 %i120
  %637 = load float, ptr %636, align 4
  %638 = insertelement <8 x float> undef, float %637, i32 0
  %639 = shufflevector <8 x float> %638, <8 x float> undef, <8 x i32> zeroinitializer
  %640 = load <8 x float>, ptr %18, align 32
  %641 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %639, <8 x float> %630, <8 x float> %640)
  store <8 x float> %641, ptr %18, align 32
  %642 = load <8 x float>, ptr %17, align 32
  %643 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %639, <8 x float> %635, <8 x float> %642)
  store <8 x float> %643, ptr %17, align 32
  %644 = getelementptr float, ptr %599, i64 %i120
  %645 = load float, ptr %644, align 4
  %646 = insertelement <8 x float> undef, float %645, i32 0
  %647 = shufflevector <8 x float> %646, <8 x float> undef, <8 x i32> zeroinitializer
  %648 = load <8 x float>, ptr %16, align 32
  %649 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %647, <8 x float> %630, <8 x float> %648)
  store <8 x float> %649, ptr %16, align 32
  %650 = load <8 x float>, ptr %15, align 32
  %651 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %647, <8 x float> %635, <8 x float> %650)
  store <8 x float> %651, ptr %15, align 32
  %652 = getelementptr float, ptr %605, i64 %i120
  %653 = load float, ptr %652, align 4
  %654 = insertelement <8 x float> undef, float %653, i32 0
  %655 = shufflevector <8 x float> %654, <8 x float> undef, <8 x i32> zeroinitializer
  %656 = load <8 x float>, ptr %14, align 32
  %657 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %630, <8 x float> %656)
  store <8 x float> %657, ptr %14, align 32
  %658 = load <8 x float>, ptr %13, align 32
  %659 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %655, <8 x float> %635, <8 x float> %658)
  store <8 x float> %659, ptr %13, align 32
  %660 = getelementptr float, ptr %611, i64 %i120
  %661 = load float, ptr %660, align 4
  %662 = insertelement <8 x float> undef, float %661, i32 0
  %663 = shufflevector <8 x float> %662, <8 x float> undef, <8 x i32> zeroinitializer
  %664 = load <8 x float>, ptr %12, align 32
  %665 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %663, <8 x float> %630, <8 x float> %664)
  store <8 x float> %665, ptr %12, align 32
  %666 = load <8 x float>, ptr %11, align 32
  %667 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %663, <8 x float> %635, <8 x float> %666)
  store <8 x float> %667, ptr %11, align 32
  %668 = getelementptr float, ptr %617, i64 %i120
  %669 = load float, ptr %668, align 4
  %670 = insertelement <8 x float> undef, float %669, i32 0
  %671 = shufflevector <8 x float> %670, <8 x float> undef, <8 x i32> zeroinitializer
  %672 = load <8 x float>, ptr %10, align 32
  %673 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %671, <8 x float> %630, <8 x float> %672)
  store <8 x float> %673, ptr %10, align 32
  %674 = load <8 x float>, ptr %9, align 32
  %675 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %671, <8 x float> %635, <8 x float> %674)
  store <8 x float> %675, ptr %9, align 32
  %676 = getelementptr float, ptr %623, i64 %i120
  %677 = load float, ptr %676, align 4
  %678 = insertelement <8 x float> undef, float %677, i32 0
  %679 = shufflevector <8 x float> %678, <8 x float> undef, <8 x i32> zeroinitializer
  %680 = load <8 x float>, ptr %8, align 32
  %681 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %630, <8 x float> %680)
  store <8 x float> %681, ptr %8, align 32
  %682 = load <8 x float>, ptr %7, align 32
  %683 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %679, <8 x float> %635, <8 x float> %682)
  store <8 x float> %683, ptr %7, align 32
  %684 = add i64 %i120, 1
  br label %loop117

done119:                                          ; preds = %loop117
  %685 = mul i64 %574, 256
  %686 = add i64 %685, %i112
  %687 = add i64 %i116, 0
  %688 = mul i64 %687, 1808
  %689 = add i64 %688, 1280
  %690 = getelementptr float, ptr %acts, i64 %689
  %691 = getelementptr float, ptr %690, i64 %686
  %692 = getelementptr float, ptr %691, i64 0
  %693 = load <8 x float>, ptr %18, align 32
  store <8 x float> %693, ptr %692, align 4
  %694 = getelementptr float, ptr %691, i64 8
  %695 = load <8 x float>, ptr %17, align 32
  store <8 x float> %695, ptr %694, align 4
  %696 = mul i64 %574, 256
  %697 = add i64 %696, %i112
  %698 = add i64 %i116, 1
  %699 = mul i64 %698, 1808
  %700 = add i64 %699, 1280
  %701 = getelementptr float, ptr %acts, i64 %700
  %702 = getelementptr float, ptr %701, i64 %697
  %703 = getelementptr float, ptr %702, i64 0
  %704 = load <8 x float>, ptr %16, align 32
  store <8 x float> %704, ptr %703, align 4
  %705 = getelementptr float, ptr %702, i64 8
  %706 = load <8 x float>, ptr %15, align 32
  store <8 x float> %706, ptr %705, align 4
  %707 = mul i64 %574, 256
  %708 = add i64 %707, %i112
  %709 = add i64 %i116, 2
  %710 = mul i64 %709, 1808
  %711 = add i64 %710, 1280
  %712 = getelementptr float, ptr %acts, i64 %711
  %713 = getelementptr float, ptr %712, i64 %708
  %714 = getelementptr float, ptr %713, i64 0
  %715 = load <8 x float>, ptr %14, align 32
  store <8 x float> %715, ptr %714, align 4
  %716 = getelementptr float, ptr %713, i64 8
  %717 = load <8 x float>, ptr %13, align 32
  store <8 x float> %717, ptr %716, align 4
  %718 = mul i64 %574, 256
  %719 = add i64 %718, %i112
  %720 = add i64 %i116, 3
  %721 = mul i64 %720, 1808
  %722 = add i64 %721, 1280
  %723 = getelementptr float, ptr %acts, i64 %722
  %724 = getelementptr float, ptr %723, i64 %719
  %725 = getelementptr float, ptr %724, i64 0
  %726 = load <8 x float>, ptr %12, align 32
  store <8 x float> %726, ptr %725, align 4
  %727 = getelementptr float, ptr %724, i64 8
  %728 = load <8 x float>, ptr %11, align 32
  store <8 x float> %728, ptr %727, align 4
  %729 = mul i64 %574, 256
  %730 = add i64 %729, %i112
  %731 = add i64 %i116, 4
  %732 = mul i64 %731, 1808
  %733 = add i64 %732, 1280
  %734 = getelementptr float, ptr %acts, i64 %733
  %735 = getelementptr float, ptr %734, i64 %730
  %736 = getelementptr float, ptr %735, i64 0
  %737 = load <8 x float>, ptr %10, align 32
  store <8 x float> %737, ptr %736, align 4
  %738 = getelementptr float, ptr %735, i64 8
  %739 = load <8 x float>, ptr %9, align 32
  store <8 x float> %739, ptr %738, align 4
  %740 = mul i64 %574, 256
  %741 = add i64 %740, %i112
  %742 = add i64 %i116, 5
  %743 = mul i64 %742, 1808
  %744 = add i64 %743, 1280
  %745 = getelementptr float, ptr %acts, i64 %744
  %746 = getelementptr float, ptr %745, i64 %741
  %747 = getelementptr float, ptr %746, i64 0
  %748 = load <8 x float>, ptr %8, align 32
  store <8 x float> %748, ptr %747, align 4
  %749 = getelementptr float, ptr %746, i64 8
  %750 = load <8 x float>, ptr %7, align 32
  store <8 x float> %750, ptr %749, align 4
  %751 = add i64 %i116, 6
  br label %loop113

loop121:                                          ; preds = %done127, %done111
  %i124 = phi i64 [ 0, %done111 ], [ %766, %done127 ]
  %752 = icmp slt i64 %i124, 256
  br i1 %752, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  br label %loop133

loop125:                                          ; preds = %done131, %body122
  %i128 = phi i64 [ %581, %body122 ], [ %817, %done131 ]
  %753 = icmp slt i64 %i128, %584
  br i1 %753, label %body126, label %done127

body126:                                          ; preds = %loop125
  %754 = mul i64 %i108, 256
  %755 = add i64 %i128, 0
  %756 = mul i64 %755, 1808
  %757 = add i64 %756, 1024
  %758 = getelementptr float, ptr %acts, i64 %757
  %759 = getelementptr float, ptr %758, i64 %754
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %760 = mul i64 %i108, 256
  %761 = add i64 %i128, 1
  %762 = mul i64 %761, 1808
  %763 = add i64 %762, 1024
  %764 = getelementptr float, ptr %acts, i64 %763
  %765 = getelementptr float, ptr %764, i64 %760
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop129

done127:                                          ; preds = %loop125
  %766 = add i64 %i124, 16
  br label %loop121

loop129:                                          ; preds = %body130, %body126
  %i132 = phi i64 [ 0, %body126 ], [ %794, %body130 ]
  %767 = icmp slt i64 %i132, 256
  br i1 %767, label %body130, label %done131

body130:                                          ; preds = %loop129
  %768 = add i64 %i124, 0
  %769 = mul i64 %i132, 256
  %770 = add i64 %769, %768
  %771 = getelementptr float, ptr %577, i64 %770
  %772 = load <8 x float>, ptr %771, align 4
  %773 = add i64 %i124, 8
  %774 = mul i64 %i132, 256
  %775 = add i64 %774, %773
  %776 = getelementptr float, ptr %577, i64 %775
  %777 = load <8 x float>, ptr %776, align 4
  %778 = getelementptr float, ptr %759, i64 %i132
  %779 = load float, ptr %778, align 4
  %780 = insertelement <8 x float> undef, float %779, i32 0
  %781 = shufflevector <8 x float> %780, <8 x float> undef, <8 x i32> zeroinitializer
  %782 = load <8 x float>, ptr %6, align 32
  %783 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %781, <8 x float> %772, <8 x float> %782)
  store <8 x float> %783, ptr %6, align 32
  %784 = load <8 x float>, ptr %5, align 32
  %785 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %781, <8 x float> %777, <8 x float> %784)
  store <8 x float> %785, ptr %5, align 32
  %786 = getelementptr float, ptr %765, i64 %i132
  %787 = load float, ptr %786, align 4
  %788 = insertelement <8 x float> undef, float %787, i32 0
  %789 = shufflevector <8 x float> %788, <8 x float> undef, <8 x i32> zeroinitializer
  %790 = load <8 x float>, ptr %4, align 32
  %791 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %789, <8 x float> %772, <8 x float> %790)
  store <8 x float> %791, ptr %4, align 32
  %792 = load <8 x float>, ptr %3, align 32
  %793 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %789, <8 x float> %777, <8 x float> %792)
  store <8 x float> %793, ptr %3, align 32
  %794 = add i64 %i132, 1
  br label %loop129

done131:                                          ; preds = %loop129
  %795 = mul i64 %574, 256
  %796 = add i64 %795, %i124
  %797 = add i64 %i128, 0
  %798 = mul i64 %797, 1808
  %799 = add i64 %798, 1280
  %800 = getelementptr float, ptr %acts, i64 %799
  %801 = getelementptr float, ptr %800, i64 %796
  %802 = getelementptr float, ptr %801, i64 0
  %803 = load <8 x float>, ptr %6, align 32
  store <8 x float> %803, ptr %802, align 4
  %804 = getelementptr float, ptr %801, i64 8
  %805 = load <8 x float>, ptr %5, align 32
  store <8 x float> %805, ptr %804, align 4
  %806 = mul i64 %574, 256
  %807 = add i64 %806, %i124
  %808 = add i64 %i128, 1
  %809 = mul i64 %808, 1808
  %810 = add i64 %809, 1280
  %811 = getelementptr float, ptr %acts, i64 %810
  %812 = getelementptr float, ptr %811, i64 %807
  %813 = getelementptr float, ptr %812, i64 0
  %814 = load <8 x float>, ptr %4, align 32
  store <8 x float> %814, ptr %813, align 4
  %815 = getelementptr float, ptr %812, i64 8
  %816 = load <8 x float>, ptr %3, align 32
  store <8 x float> %816, ptr %815, align 4
  %817 = add i64 %i128, 2
  br label %loop125

loop133:                                          ; preds = %done139, %done123
  %i136 = phi i64 [ 0, %done123 ], [ %827, %done139 ]
  %818 = icmp slt i64 %i136, 256
  br i1 %818, label %body134, label %done135

body134:                                          ; preds = %loop133
  br label %loop137

done135:                                          ; preds = %loop133
  %819 = add i64 %i108, 1
  br label %loop105

loop137:                                          ; preds = %done143, %body134
  %i140 = phi i64 [ %584, %body134 ], [ %859, %done143 ]
  %820 = icmp slt i64 %i140, %b1
  br i1 %820, label %body138, label %done139

body138:                                          ; preds = %loop137
  %821 = mul i64 %i108, 256
  %822 = add i64 %i140, 0
  %823 = mul i64 %822, 1808
  %824 = add i64 %823, 1024
  %825 = getelementptr float, ptr %acts, i64 %824
  %826 = getelementptr float, ptr %825, i64 %821
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop141

done139:                                          ; preds = %loop137
  %827 = add i64 %i136, 16
  br label %loop133

loop141:                                          ; preds = %body142, %body138
  %i144 = phi i64 [ 0, %body138 ], [ %847, %body142 ]
  %828 = icmp slt i64 %i144, 256
  br i1 %828, label %body142, label %done143

body142:                                          ; preds = %loop141
  %829 = add i64 %i136, 0
  %830 = mul i64 %i144, 256
  %831 = add i64 %830, %829
  %832 = getelementptr float, ptr %577, i64 %831
  %833 = load <8 x float>, ptr %832, align 4
  %834 = add i64 %i136, 8
  %835 = mul i64 %i144, 256
  %836 = add i64 %835, %834
  %837 = getelementptr float, ptr %577, i64 %836
  %838 = load <8 x float>, ptr %837, align 4
  %839 = getelementptr float, ptr %826, i64 %i144
  %840 = load float, ptr %839, align 4
  %841 = insertelement <8 x float> undef, float %840, i32 0
  %842 = shufflevector <8 x float> %841, <8 x float> undef, <8 x i32> zeroinitializer
  %843 = load <8 x float>, ptr %2, align 32
  %844 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %842, <8 x float> %833, <8 x float> %843)
  store <8 x float> %844, ptr %2, align 32
  %845 = load <8 x float>, ptr %1, align 32
  %846 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %842, <8 x float> %838, <8 x float> %845)
  store <8 x float> %846, ptr %1, align 32
  %847 = add i64 %i144, 1
  br label %loop141

done143:                                          ; preds = %loop141
  %848 = mul i64 %574, 256
  %849 = add i64 %848, %i136
  %850 = add i64 %i140, 0
  %851 = mul i64 %850, 1808
  %852 = add i64 %851, 1280
  %853 = getelementptr float, ptr %acts, i64 %852
  %854 = getelementptr float, ptr %853, i64 %849
  %855 = getelementptr float, ptr %854, i64 0
  %856 = load <8 x float>, ptr %2, align 32
  store <8 x float> %856, ptr %855, align 4
  %857 = getelementptr float, ptr %854, i64 8
  %858 = load <8 x float>, ptr %1, align 32
  store <8 x float> %858, ptr %857, align 4
  %859 = add i64 %i140, 1
  br label %loop137

loop145:                                          ; preds = %done151, %done103
  %i148 = phi i64 [ %b0, %done103 ], [ %868, %done151 ]
  %860 = icmp slt i64 %i148, %b1
  br i1 %860, label %body146, label %done147

body146:                                          ; preds = %loop145
  %861 = mul i64 %i148, 1808
  %862 = add i64 %861, 1280
  %863 = getelementptr float, ptr %acts, i64 %862
  %864 = mul i64 %i148, 1808
  %865 = add i64 %864, 1536
  %866 = getelementptr float, ptr %acts, i64 %865
  br label %loop149

done147:                                          ; preds = %loop145
  br label %loop161

loop149:                                          ; preds = %done155, %body146
  %i152 = phi i64 [ 0, %body146 ], [ %870, %done155 ]
  %867 = icmp slt i64 %i152, 1
  br i1 %867, label %body150, label %done151

body150:                                          ; preds = %loop149
  br label %loop153

done151:                                          ; preds = %loop149
  %868 = add i64 %i148, 1
  br label %loop145

loop153:                                          ; preds = %done159, %body150
  %i156 = phi i64 [ 0, %body150 ], [ %891, %done159 ]
  %869 = icmp slt i64 %i156, 256
  br i1 %869, label %body154, label %done155

body154:                                          ; preds = %loop153
  store float 0.000000e+00, ptr %0, align 4
  br label %loop157

done155:                                          ; preds = %loop153
  %870 = add i64 %i152, 1
  br label %loop149

loop157:                                          ; preds = %body158, %body154
  %i160 = phi i64 [ 0, %body154 ], [ %880, %body158 ]
  %871 = icmp slt i64 %i160, 1
  br i1 %871, label %body158, label %done159

body158:                                          ; preds = %loop157
  %872 = mul i64 %i152, 1
  %873 = add i64 %872, %i160
  %874 = mul i64 %873, 256
  %875 = add i64 %874, %i156
  %876 = getelementptr float, ptr %863, i64 %875
  %877 = load float, ptr %876, align 4
  %878 = load float, ptr %0, align 4
  %879 = fadd float %878, %877
  store float %879, ptr %0, align 4
  %880 = add i64 %i160, 1
  br label %loop157

done159:                                          ; preds = %loop157
  %881 = mul i64 %i152, 256
  %882 = add i64 %881, %i156
  %883 = add i64 256, %882
  %884 = getelementptr float, ptr %gains, i64 %883
  %885 = load float, ptr %884, align 4
  %886 = load float, ptr %0, align 4
  %887 = fmul float %886, %885
  %888 = icmp slt i64 %882, 4
  %889 = getelementptr float, ptr %866, i64 %882
  %890 = select i1 %888, float %887, float 0.000000e+00
  store float %890, ptr %889, align 4
  %891 = add i64 %i156, 1
  br label %loop153

loop161:                                          ; preds = %done167, %done147
  %i164 = phi i64 [ %b0, %done147 ], [ %904, %done167 ]
  %892 = icmp slt i64 %i164, %b1
  br i1 %892, label %body162, label %done163

body162:                                          ; preds = %loop161
  br label %loop165

done163:                                          ; preds = %loop161
  ret void

loop165:                                          ; preds = %body166, %body162
  %i168 = phi i64 [ 0, %body162 ], [ %903, %body166 ]
  %893 = icmp slt i64 %i168, 4
  br i1 %893, label %body166, label %done167

body166:                                          ; preds = %loop165
  %894 = mul i64 %i164, 1808
  %895 = add i64 %894, 1792
  %896 = getelementptr float, ptr %acts, i64 %895
  %897 = getelementptr float, ptr %896, i64 %i168
  %898 = mul i64 %i164, 1808
  %899 = add i64 %898, 1536
  %900 = getelementptr float, ptr %acts, i64 %899
  %901 = getelementptr float, ptr %900, i64 %i168
  %902 = load float, ptr %901, align 4
  store float %902, ptr %897, align 4
  %903 = add i64 %i168, 1
  br label %loop165

done167:                                          ; preds = %loop165
  %904 = add i64 %i164, 1
  br label %loop161
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 4.000000e+00
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 1808
  %9 = add i64 %8, 1792
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 1808
  %12 = add i64 %11, 1792
  %13 = getelementptr float, ptr %dacts, i64 %12
  %14 = getelementptr i32, ptr %labels, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = load float, ptr %10, align 4
  store float %17, ptr %3, align 4
  store i64 0, ptr %2, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %10, i64 %i4
  %20 = load float, ptr %19, align 4
  %21 = load float, ptr %3, align 4
  %22 = fcmp ogt float %20, %21
  %23 = load float, ptr %3, align 4
  %24 = select i1 %22, float %20, float %23
  store float %24, ptr %3, align 4
  %25 = load i64, ptr %2, align 4
  %26 = select i1 %22, i64 %i4, i64 %25
  store i64 %26, ptr %2, align 4
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load float, ptr %3, align 4
  store float 0.000000e+00, ptr %1, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %39, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = getelementptr float, ptr %10, i64 %i8
  %31 = load float, ptr %30, align 4
  %32 = fsub float %31, %28
  %33 = call float @llvm.exp.f32(float %32)
  %34 = getelementptr float, ptr %13, i64 %i8
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %35, %33
  store float %36, ptr %1, align 4
  %37 = load float, ptr %0, align 4
  %38 = fadd float %37, %31
  store float %38, ptr %0, align 4
  %39 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %40 = load float, ptr %1, align 4
  %41 = call float @llvm.log.f32(float %40)
  %42 = fadd float %28, %41
  %43 = getelementptr float, ptr %10, i64 %16
  %44 = load float, ptr %43, align 4
  %45 = fmul float %4, %44
  %46 = fsub float %42, %45
  %47 = load float, ptr %0, align 4
  %48 = fmul float %5, %47
  %49 = fsub float %46, %48
  %50 = getelementptr float, ptr %loss, i64 %i
  store float %49, ptr %50, align 4
  %51 = load i64, ptr %2, align 4
  %52 = icmp eq i64 %51, %16
  %53 = zext i1 %52 to i32
  %54 = getelementptr i32, ptr %correct, i64 %i
  store i32 %53, ptr %54, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %65, %body10 ]
  %55 = icmp slt i64 %i12, 4
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = getelementptr float, ptr %13, i64 %i12
  %57 = load float, ptr %56, align 4
  %58 = fdiv float %57, %40
  %59 = icmp eq i64 %i12, %16
  %60 = select i1 %59, float %4, float 0.000000e+00
  %61 = fadd float %60, %5
  %62 = getelementptr float, ptr %13, i64 %i12
  %63 = fsub float %58, %61
  %64 = fdiv float %63, %6
  store float %64, ptr %62, align 4
  %65 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %66 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %33, %done7 ]
  %18 = icmp slt i64 %i, %b1
  br i1 %18, label %body, label %done

body:                                             ; preds = %loop
  %19 = mul i64 %i, 1808
  %20 = add i64 %19, 1536
  %21 = getelementptr float, ptr %dacts, i64 %20
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %22 = icmp slt i64 %i4, 256
  br i1 %22, label %body2, label %done3

body2:                                            ; preds = %loop1
  %23 = getelementptr float, ptr %21, i64 %i4
  store <8 x float> zeroinitializer, ptr %23, align 4
  %24 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %32, %body6 ]
  %25 = icmp slt i64 %i8, 4
  br i1 %25, label %body6, label %done7

body6:                                            ; preds = %loop5
  %26 = getelementptr float, ptr %21, i64 %i8
  %27 = mul i64 %i, 1808
  %28 = add i64 %27, 1792
  %29 = getelementptr float, ptr %dacts, i64 %28
  %30 = getelementptr float, ptr %29, i64 %i8
  %31 = load float, ptr %30, align 4
  store float %31, ptr %26, align 4
  %32 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %33 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %42, %done15 ]
  %34 = icmp slt i64 %i12, %b1
  br i1 %34, label %body10, label %done11

body10:                                           ; preds = %loop9
  %35 = mul i64 %i12, 1808
  %36 = add i64 %35, 1536
  %37 = getelementptr float, ptr %dacts, i64 %36
  %38 = mul i64 %i12, 1808
  %39 = add i64 %38, 1280
  %40 = getelementptr float, ptr %dacts, i64 %39
  br label %loop13

done11:                                           ; preds = %loop9
  br label %loop25

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %65, %done19 ]
  %41 = icmp slt i64 %i16, 1
  br i1 %41, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %42 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %73, %done23 ]
  %43 = icmp slt i64 %i20, 256
  br i1 %43, label %body18, label %done19

body18:                                           ; preds = %loop17
  %44 = mul i64 %i16, 256
  %45 = add i64 %44, %i20
  %46 = getelementptr float, ptr %37, i64 %45
  %47 = load float, ptr %46, align 4
  %48 = bitcast float %47 to i32
  %49 = lshr i32 %48, 16
  %50 = and i32 %49, 1
  %51 = add i32 %50, 32767
  %52 = add i32 %48, %51
  %53 = fcmp uno float %47, %47
  %54 = or i32 %48, 4194304
  %55 = select i1 %53, i32 %54, i32 %52
  %56 = and i32 %55, -65536
  %57 = bitcast i32 %56 to float
  %58 = select i1 %bf16, float %57, float %47
  store float %58, ptr %46, align 4
  %59 = add i64 256, %45
  %60 = getelementptr float, ptr %gains, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = fmul float %58, %61
  %63 = icmp slt i64 %45, 4
  %64 = select i1 %63, float %62, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %65 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %72, %body22 ]
  %66 = icmp slt i64 %i24, 1
  br i1 %66, label %body22, label %done23

body22:                                           ; preds = %loop21
  %67 = mul i64 %i16, 1
  %68 = add i64 %67, %i24
  %69 = mul i64 %68, 256
  %70 = add i64 %69, %i20
  %71 = getelementptr float, ptr %40, i64 %70
  store float %64, ptr %71, align 4
  %72 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %73 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done11
  %i28 = phi i64 [ %b0, %done11 ], [ %84, %done31 ]
  %74 = icmp slt i64 %i28, %b1
  br i1 %74, label %body26, label %done27

body26:                                           ; preds = %loop25
  %75 = mul i64 %i28, 1808
  %76 = add i64 %75, 1024
  %77 = getelementptr float, ptr %dacts, i64 %76
  br label %loop29

done27:                                           ; preds = %loop25
  %78 = getelementptr float, ptr %params, i64 131344
  %79 = getelementptr float, ptr %gains, i64 197120
  %80 = select i1 %bf16, ptr %79, ptr %78
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %83, %body30 ]
  %81 = icmp slt i64 %i32, 256
  br i1 %81, label %body30, label %done31

body30:                                           ; preds = %loop29
  %82 = getelementptr float, ptr %77, i64 %i32
  store <8 x float> zeroinitializer, ptr %82, align 4
  %83 = add i64 %i32, 8
  br label %loop29

done31:                                           ; preds = %loop29
  %84 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %100, %done39 ]
  %85 = icmp slt i64 %i36, 1
  br i1 %85, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  br label %loop81

loop37:                                           ; preds = %done69, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %424, %done69 ]
  %86 = icmp slt i64 %i40, 1
  br i1 %86, label %body38, label %done39

body38:                                           ; preds = %loop37
  %87 = mul i64 %i36, 1
  %88 = add i64 %87, %i40
  %89 = mul i64 %88, 65536
  %90 = getelementptr float, ptr %80, i64 %89
  %91 = mul i64 %88, 256
  %92 = mul i64 %i36, 256
  %93 = sub i64 %b1, %b0
  %94 = sdiv i64 %93, 6
  %95 = mul i64 %94, 6
  %96 = add i64 %b0, %95
  %97 = sub i64 %b1, %96
  %98 = and i64 %97, -2
  %99 = add i64 %96, %98
  br label %loop41

done39:                                           ; preds = %loop37
  %100 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %229, %done47 ]
  %101 = icmp slt i64 %i44, 256
  br i1 %101, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  br label %loop53

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %b0, %body42 ], [ %274, %done51 ]
  %102 = icmp slt i64 %i48, %96
  br i1 %102, label %body46, label %done47

body46:                                           ; preds = %loop45
  %103 = mul i64 %i40, 256
  %104 = add i64 %103, %i44
  %105 = add i64 %i48, 0
  %106 = mul i64 %105, 1808
  %107 = add i64 %106, 1024
  %108 = getelementptr float, ptr %dacts, i64 %107
  %109 = getelementptr float, ptr %108, i64 %104
  %110 = add i64 %i48, 0
  %111 = mul i64 %110, 1808
  %112 = add i64 %111, 1280
  %113 = getelementptr float, ptr %dacts, i64 %112
  %114 = getelementptr float, ptr %113, i64 %91
  %115 = add i64 %i48, 0
  %116 = mul i64 %115, 1808
  %117 = add i64 %116, 1536
  %118 = getelementptr float, ptr %dacts, i64 %117
  %119 = getelementptr float, ptr %118, i64 %92
  %120 = getelementptr float, ptr %109, i64 0
  %121 = load <8 x float>, ptr %120, align 4
  store <8 x float> %121, ptr %17, align 32
  %122 = getelementptr float, ptr %109, i64 8
  %123 = load <8 x float>, ptr %122, align 4
  store <8 x float> %123, ptr %16, align 32
  %124 = mul i64 %i40, 256
  %125 = add i64 %124, %i44
  %126 = add i64 %i48, 1
  %127 = mul i64 %126, 1808
  %128 = add i64 %127, 1024
  %129 = getelementptr float, ptr %dacts, i64 %128
  %130 = getelementptr float, ptr %129, i64 %125
  %131 = add i64 %i48, 1
  %132 = mul i64 %131, 1808
  %133 = add i64 %132, 1280
  %134 = getelementptr float, ptr %dacts, i64 %133
  %135 = getelementptr float, ptr %134, i64 %91
  %136 = add i64 %i48, 1
  %137 = mul i64 %136, 1808
  %138 = add i64 %137, 1536
  %139 = getelementptr float, ptr %dacts, i64 %138
  %140 = getelementptr float, ptr %139, i64 %92
  %141 = getelementptr float, ptr %130, i64 0
  %142 = load <8 x float>, ptr %141, align 4
  store <8 x float> %142, ptr %15, align 32
  %143 = getelementptr float, ptr %130, i64 8
  %144 = load <8 x float>, ptr %143, align 4
  store <8 x float> %144, ptr %14, align 32
  %145 = mul i64 %i40, 256
  %146 = add i64 %145, %i44
  %147 = add i64 %i48, 2
  %148 = mul i64 %147, 1808
  %149 = add i64 %148, 1024
  %150 = getelementptr float, ptr %dacts, i64 %149
  %151 = getelementptr float, ptr %150, i64 %146
  %152 = add i64 %i48, 2
  %153 = mul i64 %152, 1808
  %154 = add i64 %153, 1280
  %155 = getelementptr float, ptr %dacts, i64 %154
  %156 = getelementptr float, ptr %155, i64 %91
  %157 = add i64 %i48, 2
  %158 = mul i64 %157, 1808
  %159 = add i64 %158, 1536
  %160 = getelementptr float, ptr %dacts, i64 %159
  %161 = getelementptr float, ptr %160, i64 %92
  %162 = getelementptr float, ptr %151, i64 0
  %163 = load <8 x float>, ptr %162, align 4
  store <8 x float> %163, ptr %13, align 32
  %164 = getelementptr float, ptr %151, i64 8
  %165 = load <8 x float>, ptr %164, align 4
  store <8 x float> %165, ptr %12, align 32
  %166 = mul i64 %i40, 256
  %167 = add i64 %166, %i44
  %168 = add i64 %i48, 3
  %169 = mul i64 %168, 1808
  %170 = add i64 %169, 1024
  %171 = getelementptr float, ptr %dacts, i64 %170
  %172 = getelementptr float, ptr %171, i64 %167
  %173 = add i64 %i48, 3
  %174 = mul i64 %173, 1808
  %175 = add i64 %174, 1280
  %176 = getelementptr float, ptr %dacts, i64 %175
  %177 = getelementptr float, ptr %176, i64 %91
  %178 = add i64 %i48, 3
  %179 = mul i64 %178, 1808
  %180 = add i64 %179, 1536
  %181 = getelementptr float, ptr %dacts, i64 %180
  %182 = getelementptr float, ptr %181, i64 %92
  %183 = getelementptr float, ptr %172, i64 0
  %184 = load <8 x float>, ptr %183, align 4
  store <8 x float> %184, ptr %11, align 32
  %185 = getelementptr float, ptr %172, i64 8
  %186 = load <8 x float>, ptr %185, align 4
  store <8 x float> %186, ptr %10, align 32
  %187 = mul i64 %i40, 256
  %188 = add i64 %187, %i44
  %189 = add i64 %i48, 4
  %190 = mul i64 %189, 1808
  %191 = add i64 %190, 1024
  %192 = getelementptr float, ptr %dacts, i64 %191
  %193 = getelementptr float, ptr %192, i64 %188
  %194 = add i64 %i48, 4
  %195 = mul i64 %194, 1808
  %196 = add i64 %195, 1280
  %197 = getelementptr float, ptr %dacts, i64 %196
  %198 = getelementptr float, ptr %197, i64 %91
  %199 = add i64 %i48, 4
  %200 = mul i64 %199, 1808
  %201 = add i64 %200, 1536
  %202 = getelementptr float, ptr %dacts, i64 %201
  %203 = getelementptr float, ptr %202, i64 %92
  %204 = getelementptr float, ptr %193, i64 0
  %205 = load <8 x float>, ptr %204, align 4
  store <8 x float> %205, ptr %9, align 32
  %206 = getelementptr float, ptr %193, i64 8
  %207 = load <8 x float>, ptr %206, align 4
  store <8 x float> %207, ptr %8, align 32
  %208 = mul i64 %i40, 256
  %209 = add i64 %208, %i44
  %210 = add i64 %i48, 5
  %211 = mul i64 %210, 1808
  %212 = add i64 %211, 1024
  %213 = getelementptr float, ptr %dacts, i64 %212
  %214 = getelementptr float, ptr %213, i64 %209
  %215 = add i64 %i48, 5
  %216 = mul i64 %215, 1808
  %217 = add i64 %216, 1280
  %218 = getelementptr float, ptr %dacts, i64 %217
  %219 = getelementptr float, ptr %218, i64 %91
  %220 = add i64 %i48, 5
  %221 = mul i64 %220, 1808
  %222 = add i64 %221, 1536
  %223 = getelementptr float, ptr %dacts, i64 %222
  %224 = getelementptr float, ptr %223, i64 %92
  %225 = getelementptr float, ptr %214, i64 0
  %226 = load <8 x float>, ptr %225, align 4
  store <8 x float> %226, ptr %7, align 32
  %227 = getelementptr float, ptr %214, i64 8
  %228 = load <8 x float>, ptr %227, align 4
  store <8 x float> %228, ptr %6, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %229 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %333, %join ]
  %230 = icmp slt i64 %i52, 256
  br i1 %230, label %body50, label %done51

body50:                                           ; preds = %loop49
  %231 = getelementptr float, ptr %119, i64 %i52
  %232 = getelementptr float, ptr %140, i64 %i52
  %233 = getelementptr float, ptr %161, i64 %i52
  %234 = getelementptr float, ptr %182, i64 %i52
  %235 = getelementptr float, ptr %203, i64 %i52
  %236 = getelementptr float, ptr %224, i64 %i52
  %237 = load i32, ptr %231, align 4
  %238 = load i32, ptr %232, align 4
  %239 = or i32 %237, %238
  %240 = load i32, ptr %233, align 4
  %241 = or i32 %239, %240
  %242 = load i32, ptr %234, align 4
  %243 = or i32 %241, %242
  %244 = load i32, ptr %235, align 4
  %245 = or i32 %243, %244
  %246 = load i32, ptr %236, align 4
  %247 = or i32 %245, %246
  %248 = shl i32 %247, 1
  %249 = icmp ne i32 %248, 0
  br i1 %249, label %then, label %join

done51:                                           ; preds = %loop49
  %250 = getelementptr float, ptr %109, i64 0
  %251 = load <8 x float>, ptr %17, align 32
  store <8 x float> %251, ptr %250, align 4
  %252 = getelementptr float, ptr %109, i64 8
  %253 = load <8 x float>, ptr %16, align 32
  store <8 x float> %253, ptr %252, align 4
  %254 = getelementptr float, ptr %130, i64 0
  %255 = load <8 x float>, ptr %15, align 32
  store <8 x float> %255, ptr %254, align 4
  %256 = getelementptr float, ptr %130, i64 8
  %257 = load <8 x float>, ptr %14, align 32
  store <8 x float> %257, ptr %256, align 4
  %258 = getelementptr float, ptr %151, i64 0
  %259 = load <8 x float>, ptr %13, align 32
  store <8 x float> %259, ptr %258, align 4
  %260 = getelementptr float, ptr %151, i64 8
  %261 = load <8 x float>, ptr %12, align 32
  store <8 x float> %261, ptr %260, align 4
  %262 = getelementptr float, ptr %172, i64 0
  %263 = load <8 x float>, ptr %11, align 32
  store <8 x float> %263, ptr %262, align 4
  %264 = getelementptr float, ptr %172, i64 8
  %265 = load <8 x float>, ptr %10, align 32
  store <8 x float> %265, ptr %264, align 4
  %266 = getelementptr float, ptr %193, i64 0
  %267 = load <8 x float>, ptr %9, align 32
  store <8 x float> %267, ptr %266, align 4
  %268 = getelementptr float, ptr %193, i64 8
  %269 = load <8 x float>, ptr %8, align 32
  store <8 x float> %269, ptr %268, align 4
  %270 = getelementptr float, ptr %214, i64 0
  %271 = load <8 x float>, ptr %7, align 32
  store <8 x float> %271, ptr %270, align 4
  %272 = getelementptr float, ptr %214, i64 8
  %273 = load <8 x float>, ptr %6, align 32
  store <8 x float> %273, ptr %272, align 4
  %274 = add i64 %i48, 6
  br label %loop45

then:                                             ; preds = %body50
  %275 = getelementptr float, ptr %114, i64 %i52
  %276 = load float, ptr %275, align 4
  %277 = getelementptr float, ptr %135, i64 %i52
  %278 = load float, ptr %277, align 4
  %279 = getelementptr float, ptr %156, i64 %i52
  %280 = load float, ptr %279, align 4
  %281 = getelementptr float, ptr %177, i64 %i52
  %282 = load float, ptr %281, align 4
  %283 = getelementptr float, ptr %198, i64 %i52
  %284 = load float, ptr %283, align 4
  %285 = getelementptr float, ptr %219, i64 %i52
  %286 = load float, ptr %285, align 4
  %287 = add i64 %i44, 0
  %288 = mul i64 %i52, 256
  %289 = add i64 %288, %287
  %290 = getelementptr float, ptr %90, i64 %289
  %291 = load <8 x float>, ptr %290, align 4
  %292 = add i64 %i44, 8
  %293 = mul i64 %i52, 256
  %294 = add i64 %293, %292
  %295 = getelementptr float, ptr %90, i64 %294
  %296 = load <8 x float>, ptr %295, align 4
  %297 = insertelement <8 x float> undef, float %276, i32 0
  %298 = shufflevector <8 x float> %297, <8 x float> undef, <8 x i32> zeroinitializer
  %299 = load <8 x float>, ptr %17, align 32
  %300 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %298, <8 x float> %291, <8 x float> %299)
  store <8 x float> %300, ptr %17, align 32
  %301 = load <8 x float>, ptr %16, align 32
  %302 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %298, <8 x float> %296, <8 x float> %301)
  store <8 x float> %302, ptr %16, align 32
  %303 = insertelement <8 x float> undef, float %278, i32 0
  %304 = shufflevector <8 x float> %303, <8 x float> undef, <8 x i32> zeroinitializer
  %305 = load <8 x float>, ptr %15, align 32
  %306 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %304, <8 x float> %291, <8 x float> %305)
  store <8 x float> %306, ptr %15, align 32
  %307 = load <8 x float>, ptr %14, align 32
  %308 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %304, <8 x float> %296, <8 x float> %307)
  store <8 x float> %308, ptr %14, align 32
  %309 = insertelement <8 x float> undef, float %280, i32 0
  %310 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, ptr %13, align 32
  %312 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %291, <8 x float> %311)
  store <8 x float> %312, ptr %13, align 32
  %313 = load <8 x float>, ptr %12, align 32
  %314 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %296, <8 x float> %313)
  store <8 x float> %314, ptr %12, align 32
  %315 = insertelement <8 x float> undef, float %282, i32 0
  %316 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, ptr %11, align 32
  %318 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %316, <8 x float> %291, <8 x float> %317)
  store <8 x float> %318, ptr %11, align 32
  %319 = load <8 x float>, ptr %10, align 32
  %320 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %316, <8 x float> %296, <8 x float> %319)
  store <8 x float> %320, ptr %10, align 32
  %321 = insertelement <8 x float> undef, float %284, i32 0
  %322 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, ptr %9, align 32
  %324 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %291, <8 x float> %323)
  store <8 x float> %324, ptr %9, align 32
  %325 = load <8 x float>, ptr %8, align 32
  %326 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %296, <8 x float> %325)
  store <8 x float> %326, ptr %8, align 32
  %327 = insertelement <8 x float> undef, float %286, i32 0
  %328 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, ptr %7, align 32
  %330 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %291, <8 x float> %329)
  store <8 x float> %330, ptr %7, align 32
  %331 = load <8 x float>, ptr %6, align 32
  %332 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %296, <8 x float> %331)
  store <8 x float> %332, ptr %6, align 32
  br label %join

join:                                             ; preds = %then, %body50
  %333 = add i64 %i52, 1
  br label %loop49

loop53:                                           ; preds = %done59, %done43
  %i56 = phi i64 [ 0, %done43 ], [ %378, %done59 ]
  %334 = icmp slt i64 %i56, 256
  br i1 %334, label %body54, label %done55

body54:                                           ; preds = %loop53
  br label %loop57

done55:                                           ; preds = %loop53
  br label %loop67

loop57:                                           ; preds = %done63, %body54
  %i60 = phi i64 [ %96, %body54 ], [ %395, %done63 ]
  %335 = icmp slt i64 %i60, %99
  br i1 %335, label %body58, label %done59

body58:                                           ; preds = %loop57
  %336 = mul i64 %i40, 256
  %337 = add i64 %336, %i56
  %338 = add i64 %i60, 0
  %339 = mul i64 %338, 1808
  %340 = add i64 %339, 1024
  %341 = getelementptr float, ptr %dacts, i64 %340
  %342 = getelementptr float, ptr %341, i64 %337
  %343 = add i64 %i60, 0
  %344 = mul i64 %343, 1808
  %345 = add i64 %344, 1280
  %346 = getelementptr float, ptr %dacts, i64 %345
  %347 = getelementptr float, ptr %346, i64 %91
  %348 = add i64 %i60, 0
  %349 = mul i64 %348, 1808
  %350 = add i64 %349, 1536
  %351 = getelementptr float, ptr %dacts, i64 %350
  %352 = getelementptr float, ptr %351, i64 %92
  %353 = getelementptr float, ptr %342, i64 0
  %354 = load <8 x float>, ptr %353, align 4
  store <8 x float> %354, ptr %5, align 32
  %355 = getelementptr float, ptr %342, i64 8
  %356 = load <8 x float>, ptr %355, align 4
  store <8 x float> %356, ptr %4, align 32
  %357 = mul i64 %i40, 256
  %358 = add i64 %357, %i56
  %359 = add i64 %i60, 1
  %360 = mul i64 %359, 1808
  %361 = add i64 %360, 1024
  %362 = getelementptr float, ptr %dacts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %358
  %364 = add i64 %i60, 1
  %365 = mul i64 %364, 1808
  %366 = add i64 %365, 1280
  %367 = getelementptr float, ptr %dacts, i64 %366
  %368 = getelementptr float, ptr %367, i64 %91
  %369 = add i64 %i60, 1
  %370 = mul i64 %369, 1808
  %371 = add i64 %370, 1536
  %372 = getelementptr float, ptr %dacts, i64 %371
  %373 = getelementptr float, ptr %372, i64 %92
  %374 = getelementptr float, ptr %363, i64 0
  %375 = load <8 x float>, ptr %374, align 4
  store <8 x float> %375, ptr %3, align 32
  %376 = getelementptr float, ptr %363, i64 8
  %377 = load <8 x float>, ptr %376, align 4
  store <8 x float> %377, ptr %2, align 32
  br label %loop61

done59:                                           ; preds = %loop57
  %378 = add i64 %i56, 16
  br label %loop53

loop61:                                           ; preds = %join66, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %422, %join66 ]
  %379 = icmp slt i64 %i64, 256
  br i1 %379, label %body62, label %done63

body62:                                           ; preds = %loop61
  %380 = getelementptr float, ptr %352, i64 %i64
  %381 = getelementptr float, ptr %373, i64 %i64
  %382 = load i32, ptr %380, align 4
  %383 = load i32, ptr %381, align 4
  %384 = or i32 %382, %383
  %385 = shl i32 %384, 1
  %386 = icmp ne i32 %385, 0
  br i1 %386, label %then65, label %join66

done63:                                           ; preds = %loop61
  %387 = getelementptr float, ptr %342, i64 0
  %388 = load <8 x float>, ptr %5, align 32
  store <8 x float> %388, ptr %387, align 4
  %389 = getelementptr float, ptr %342, i64 8
  %390 = load <8 x float>, ptr %4, align 32
  store <8 x float> %390, ptr %389, align 4
  %391 = getelementptr float, ptr %363, i64 0
  %392 = load <8 x float>, ptr %3, align 32
  store <8 x float> %392, ptr %391, align 4
  %393 = getelementptr float, ptr %363, i64 8
  %394 = load <8 x float>, ptr %2, align 32
  store <8 x float> %394, ptr %393, align 4
  %395 = add i64 %i60, 2
  br label %loop57

then65:                                           ; preds = %body62
  %396 = getelementptr float, ptr %347, i64 %i64
  %397 = load float, ptr %396, align 4
  %398 = getelementptr float, ptr %368, i64 %i64
  %399 = load float, ptr %398, align 4
  %400 = add i64 %i56, 0
  %401 = mul i64 %i64, 256
  %402 = add i64 %401, %400
  %403 = getelementptr float, ptr %90, i64 %402
  %404 = load <8 x float>, ptr %403, align 4
  %405 = add i64 %i56, 8
  %406 = mul i64 %i64, 256
  %407 = add i64 %406, %405
  %408 = getelementptr float, ptr %90, i64 %407
  %409 = load <8 x float>, ptr %408, align 4
  %410 = insertelement <8 x float> undef, float %397, i32 0
  %411 = shufflevector <8 x float> %410, <8 x float> undef, <8 x i32> zeroinitializer
  %412 = load <8 x float>, ptr %5, align 32
  %413 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %411, <8 x float> %404, <8 x float> %412)
  store <8 x float> %413, ptr %5, align 32
  %414 = load <8 x float>, ptr %4, align 32
  %415 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %411, <8 x float> %409, <8 x float> %414)
  store <8 x float> %415, ptr %4, align 32
  %416 = insertelement <8 x float> undef, float %399, i32 0
  %417 = shufflevector <8 x float> %416, <8 x float> undef, <8 x i32> zeroinitializer
  %418 = load <8 x float>, ptr %3, align 32
  %419 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %417, <8 x float> %404, <8 x float> %418)
  store <8 x float> %419, ptr %3, align 32
  %420 = load <8 x float>, ptr %2, align 32
  %421 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %417, <8 x float> %409, <8 x float> %420)
  store <8 x float> %421, ptr %2, align 32
  br label %join66

join66:                                           ; preds = %then65, %body62
  %422 = add i64 %i64, 1
  br label %loop61

loop67:                                           ; preds = %done73, %done55
  %i70 = phi i64 [ 0, %done55 ], [ %447, %done73 ]
  %423 = icmp slt i64 %i70, 256
  br i1 %423, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %424 = add i64 %i40, 1
  br label %loop37

loop71:                                           ; preds = %done77, %body68
  %i74 = phi i64 [ %99, %body68 ], [ %457, %done77 ]
  %425 = icmp slt i64 %i74, %b1
  br i1 %425, label %body72, label %done73

body72:                                           ; preds = %loop71
  %426 = mul i64 %i40, 256
  %427 = add i64 %426, %i70
  %428 = add i64 %i74, 0
  %429 = mul i64 %428, 1808
  %430 = add i64 %429, 1024
  %431 = getelementptr float, ptr %dacts, i64 %430
  %432 = getelementptr float, ptr %431, i64 %427
  %433 = add i64 %i74, 0
  %434 = mul i64 %433, 1808
  %435 = add i64 %434, 1280
  %436 = getelementptr float, ptr %dacts, i64 %435
  %437 = getelementptr float, ptr %436, i64 %91
  %438 = add i64 %i74, 0
  %439 = mul i64 %438, 1808
  %440 = add i64 %439, 1536
  %441 = getelementptr float, ptr %dacts, i64 %440
  %442 = getelementptr float, ptr %441, i64 %92
  %443 = getelementptr float, ptr %432, i64 0
  %444 = load <8 x float>, ptr %443, align 4
  store <8 x float> %444, ptr %1, align 32
  %445 = getelementptr float, ptr %432, i64 8
  %446 = load <8 x float>, ptr %445, align 4
  store <8 x float> %446, ptr %0, align 32
  br label %loop75

done73:                                           ; preds = %loop71
  %447 = add i64 %i70, 16
  br label %loop67

loop75:                                           ; preds = %join80, %body72
  %i78 = phi i64 [ 0, %body72 ], [ %476, %join80 ]
  %448 = icmp slt i64 %i78, 256
  br i1 %448, label %body76, label %done77

body76:                                           ; preds = %loop75
  %449 = getelementptr float, ptr %442, i64 %i78
  %450 = load i32, ptr %449, align 4
  %451 = shl i32 %450, 1
  %452 = icmp ne i32 %451, 0
  br i1 %452, label %then79, label %join80

done77:                                           ; preds = %loop75
  %453 = getelementptr float, ptr %432, i64 0
  %454 = load <8 x float>, ptr %1, align 32
  store <8 x float> %454, ptr %453, align 4
  %455 = getelementptr float, ptr %432, i64 8
  %456 = load <8 x float>, ptr %0, align 32
  store <8 x float> %456, ptr %455, align 4
  %457 = add i64 %i74, 1
  br label %loop71

then79:                                           ; preds = %body76
  %458 = getelementptr float, ptr %437, i64 %i78
  %459 = load float, ptr %458, align 4
  %460 = add i64 %i70, 0
  %461 = mul i64 %i78, 256
  %462 = add i64 %461, %460
  %463 = getelementptr float, ptr %90, i64 %462
  %464 = load <8 x float>, ptr %463, align 4
  %465 = add i64 %i70, 8
  %466 = mul i64 %i78, 256
  %467 = add i64 %466, %465
  %468 = getelementptr float, ptr %90, i64 %467
  %469 = load <8 x float>, ptr %468, align 4
  %470 = insertelement <8 x float> undef, float %459, i32 0
  %471 = shufflevector <8 x float> %470, <8 x float> undef, <8 x i32> zeroinitializer
  %472 = load <8 x float>, ptr %1, align 32
  %473 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %464, <8 x float> %472)
  store <8 x float> %473, ptr %1, align 32
  %474 = load <8 x float>, ptr %0, align 32
  %475 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %469, <8 x float> %474)
  store <8 x float> %475, ptr %0, align 32
  br label %join80

join80:                                           ; preds = %then79, %body76
  %476 = add i64 %i78, 1
  br label %loop75

loop81:                                           ; preds = %done87, %done35
  %i84 = phi i64 [ %b0, %done35 ], [ %498, %done87 ]
  %477 = icmp slt i64 %i84, %b1
  br i1 %477, label %body82, label %done83

body82:                                           ; preds = %loop81
  %478 = mul i64 %i84, 1808
  %479 = add i64 %478, 768
  %480 = getelementptr float, ptr %dacts, i64 %479
  br label %loop85

done83:                                           ; preds = %loop81
  %481 = getelementptr float, ptr %params, i64 131328
  %482 = load float, ptr %481, align 4
  %483 = fcmp ogt float %482, 0.000000e+00
  %484 = fneg float %482
  %485 = select i1 %483, float %484, float %482
  %486 = call float @llvm.exp.f32(float %485)
  %487 = fmul float 3.000000e+00, %486
  %488 = fadd float 1.000000e+00, %487
  %489 = fsub float 1.000000e+00, %486
  %490 = fdiv float %489, %488
  %491 = fadd float %486, 3.000000e+00
  %492 = fsub float %486, 1.000000e+00
  %493 = fdiv float %492, %491
  %494 = select i1 %483, float %490, float %493
  br label %loop89

loop85:                                           ; preds = %body86, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %497, %body86 ]
  %495 = icmp slt i64 %i88, 256
  br i1 %495, label %body86, label %done87

body86:                                           ; preds = %loop85
  %496 = getelementptr float, ptr %480, i64 %i88
  store <8 x float> zeroinitializer, ptr %496, align 4
  %497 = add i64 %i88, 8
  br label %loop85

done87:                                           ; preds = %loop85
  %498 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %done95, %done83
  %i92 = phi i64 [ %b0, %done83 ], [ %501, %done95 ]
  %499 = icmp slt i64 %i92, %b1
  br i1 %499, label %body90, label %done91

body90:                                           ; preds = %loop89
  br label %loop93

done91:                                           ; preds = %loop89
  br label %loop105

loop93:                                           ; preds = %done99, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %516, %done99 ]
  %500 = icmp slt i64 %i96, 1
  br i1 %500, label %body94, label %done95

body94:                                           ; preds = %loop93
  br label %loop97

done95:                                           ; preds = %loop93
  %501 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %537, %done103 ]
  %502 = icmp slt i64 %i100, 4
  br i1 %502, label %body98, label %done99

body98:                                           ; preds = %loop97
  %503 = mul i64 %i96, 256
  %504 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i100
  %505 = load i32, ptr %504, align 4
  %506 = sext i32 %505 to i64
  %507 = mul i64 %506, 64
  %508 = add i64 %503, %507
  %509 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i100
  %510 = load i32, ptr %509, align 4
  %511 = sext i32 %510 to i64
  %512 = mul i64 %511, 64
  %513 = add i64 %503, %512
  %514 = mul i64 %i100, 64
  %515 = add i64 %503, %514
  br label %loop101

done99:                                           ; preds = %loop97
  %516 = add i64 %i96, 1
  br label %loop93

loop101:                                          ; preds = %body102, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %536, %body102 ]
  %517 = icmp slt i64 %i104, 64
  br i1 %517, label %body102, label %done103

body102:                                          ; preds = %loop101
  %518 = add i64 %513, %i104
  %519 = add i64 %508, %i104
  %520 = add i64 %515, %i104
  %521 = mul i64 %i92, 1808
  %522 = add i64 %521, 768
  %523 = getelementptr float, ptr %dacts, i64 %522
  %524 = mul i64 %i92, 1808
  %525 = add i64 %524, 1024
  %526 = getelementptr float, ptr %dacts, i64 %525
  %527 = getelementptr float, ptr %526, i64 %520
  %528 = load float, ptr %527, align 4
  %529 = fmul float %494, %528
  %530 = getelementptr float, ptr %523, i64 %519
  %531 = getelementptr float, ptr %523, i64 %518
  %532 = load float, ptr %530, align 4
  %533 = fadd float %532, %529
  store float %533, ptr %530, align 4
  %534 = load float, ptr %531, align 4
  %535 = fsub float %534, %529
  store float %535, ptr %531, align 4
  %536 = add i64 %i104, 1
  br label %loop101

done103:                                          ; preds = %loop101
  %537 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %done91
  %i108 = phi i64 [ %b0, %done91 ], [ %565, %done111 ]
  %538 = icmp slt i64 %i108, %b1
  br i1 %538, label %body106, label %done107

body106:                                          ; preds = %loop105
  %539 = mul i64 %i108, 1808
  %540 = add i64 %539, 512
  %541 = getelementptr float, ptr %dacts, i64 %540
  br label %loop109

done107:                                          ; preds = %loop105
  br label %loop113

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %564, %body110 ]
  %542 = icmp slt i64 %i112, 256
  br i1 %542, label %body110, label %done111

body110:                                          ; preds = %loop109
  %543 = getelementptr float, ptr %541, i64 %i112
  %544 = mul i64 %i108, 1808
  %545 = add i64 %544, 512
  %546 = getelementptr float, ptr %acts, i64 %545
  %547 = getelementptr float, ptr %546, i64 %i112
  %548 = load float, ptr %547, align 4
  %549 = getelementptr float, ptr %params, i64 131072
  %550 = getelementptr float, ptr %549, i64 %i112
  %551 = load float, ptr %550, align 4
  %552 = fsub float %548, %551
  %553 = fcmp ole float %552, 1.000000e+00
  %554 = fcmp oge float %552, -1.000000e+00
  %555 = and i1 %554, %553
  %556 = icmp slt i64 %i112, 256
  %557 = and i1 %555, %556
  %558 = mul i64 %i108, 1808
  %559 = add i64 %558, 768
  %560 = getelementptr float, ptr %dacts, i64 %559
  %561 = getelementptr float, ptr %560, i64 %i112
  %562 = load float, ptr %561, align 4
  %563 = select i1 %557, float %562, float 0.000000e+00
  store float %563, ptr %543, align 4
  %564 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %565 = add i64 %i108, 1
  br label %loop105

loop113:                                          ; preds = %done119, %done107
  %i116 = phi i64 [ %b0, %done107 ], [ %574, %done119 ]
  %566 = icmp slt i64 %i116, %b1
  br i1 %566, label %body114, label %done115

body114:                                          ; preds = %loop113
  %567 = mul i64 %i116, 1808
  %568 = add i64 %567, 512
  %569 = getelementptr float, ptr %dacts, i64 %568
  %570 = mul i64 %i116, 1808
  %571 = add i64 %570, 256
  %572 = getelementptr float, ptr %dacts, i64 %571
  br label %loop117

done115:                                          ; preds = %loop113
  ret void

loop117:                                          ; preds = %done123, %body114
  %i120 = phi i64 [ 0, %body114 ], [ %597, %done123 ]
  %573 = icmp slt i64 %i120, 1
  br i1 %573, label %body118, label %done119

body118:                                          ; preds = %loop117
  br label %loop121

done119:                                          ; preds = %loop117
  %574 = add i64 %i116, 1
  br label %loop113

loop121:                                          ; preds = %done127, %body118
  %i124 = phi i64 [ 0, %body118 ], [ %605, %done127 ]
  %575 = icmp slt i64 %i124, 256
  br i1 %575, label %body122, label %done123

body122:                                          ; preds = %loop121
  %576 = mul i64 %i120, 256
  %577 = add i64 %576, %i124
  %578 = getelementptr float, ptr %569, i64 %577
  %579 = load float, ptr %578, align 4
  %580 = bitcast float %579 to i32
  %581 = lshr i32 %580, 16
  %582 = and i32 %581, 1
  %583 = add i32 %582, 32767
  %584 = add i32 %580, %583
  %585 = fcmp uno float %579, %579
  %586 = or i32 %580, 4194304
  %587 = select i1 %585, i32 %586, i32 %584
  %588 = and i32 %587, -65536
  %589 = bitcast i32 %588 to float
  %590 = select i1 %bf16, float %589, float %579
  store float %590, ptr %578, align 4
  %591 = add i64 0, %577
  %592 = getelementptr float, ptr %gains, i64 %591
  %593 = load float, ptr %592, align 4
  %594 = fmul float %590, %593
  %595 = icmp slt i64 %577, 256
  %596 = select i1 %595, float %594, float 0.000000e+00
  br label %loop125

done123:                                          ; preds = %loop121
  %597 = add i64 %i120, 1
  br label %loop117

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %604, %body126 ]
  %598 = icmp slt i64 %i128, 1
  br i1 %598, label %body126, label %done127

body126:                                          ; preds = %loop125
  %599 = mul i64 %i120, 1
  %600 = add i64 %599, %i128
  %601 = mul i64 %600, 256
  %602 = add i64 %601, %i124
  %603 = getelementptr float, ptr %572, i64 %602
  store float %596, ptr %603, align 4
  %604 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %605 = add i64 %i124, 1
  br label %loop121
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca float, align 4
  %32 = alloca float, align 4
  %33 = icmp sgt i64 %u0, 0
  %34 = select i1 %33, i64 %u0, i64 0
  %35 = icmp slt i64 %u1, 256
  %36 = select i1 %35, i64 %u1, i64 256
  %37 = icmp slt i64 %36, %34
  %38 = select i1 %37, i64 %34, i64 %36
  %39 = getelementptr float, ptr %grads, i64 65536
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ %34, %entry ], [ %54, %done3 ]
  %40 = icmp slt i64 %i, %38
  br i1 %40, label %body, label %done

body:                                             ; preds = %loop
  %41 = sub i64 %i, 0
  %42 = sdiv i64 %41, 256
  %43 = srem i64 %41, 256
  %44 = icmp slt i64 %41, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %73, %done7 ]
  %45 = icmp slt i64 %i4, %batch
  br i1 %45, label %body2, label %done3

body2:                                            ; preds = %loop1
  %46 = mul i64 %i4, 1808
  %47 = add i64 %46, 256
  %48 = getelementptr float, ptr %acts, i64 %47
  store float 0.000000e+00, ptr %31, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %49 = load float, ptr %32, align 4
  %50 = select i1 %44, float %49, float 0.000000e+00
  %51 = mul i64 %42, 65536
  %52 = add i64 %51, %43
  %53 = getelementptr float, ptr %39, i64 %52
  store float %50, ptr %53, align 4
  %54 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %64, %body6 ]
  %55 = icmp slt i64 %i8, 1
  br i1 %55, label %body6, label %done7

body6:                                            ; preds = %loop5
  %56 = mul i64 %42, 1
  %57 = add i64 %56, %i8
  %58 = mul i64 %57, 256
  %59 = add i64 %58, %43
  %60 = getelementptr float, ptr %48, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = load float, ptr %31, align 4
  %63 = fadd float %62, %61
  store float %63, ptr %31, align 4
  %64 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %65 = mul i64 %i4, 1808
  %66 = add i64 %65, 512
  %67 = getelementptr float, ptr %dacts, i64 %66
  %68 = getelementptr float, ptr %67, i64 %41
  %69 = load float, ptr %68, align 4
  %70 = load float, ptr %32, align 4
  %71 = load float, ptr %31, align 4
  %72 = call float @llvm.fmuladd.f32(float %69, float %71, float %70)
  store float %72, ptr %32, align 4
  %73 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ 1, %done ], [ %92, %done15 ]
  %74 = icmp slt i64 %i12, 256
  br i1 %74, label %body10, label %done11

body10:                                           ; preds = %loop9
  br label %loop13

done11:                                           ; preds = %loop9
  %75 = sub i64 %38, %34
  %76 = sdiv i64 %75, 24
  %77 = mul i64 %76, 24
  %78 = add i64 %34, %77
  %79 = getelementptr float, ptr %grads, i64 0
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %34, %body10 ], [ %91, %body14 ]
  %80 = icmp slt i64 %i16, %38
  br i1 %80, label %body14, label %done15

body14:                                           ; preds = %loop13
  %81 = sub i64 %i16, 0
  %82 = srem i64 %81, 256
  %83 = sdiv i64 %81, 256
  %84 = mul i64 %83, 65536
  %85 = add i64 %84, %82
  %86 = mul i64 %i12, 256
  %87 = add i64 %85, %86
  %88 = getelementptr float, ptr %39, i64 %87
  %89 = getelementptr float, ptr %39, i64 %85
  %90 = load float, ptr %89, align 4
  store float %90, ptr %88, align 4
  %91 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %92 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done11
  %i20 = phi i64 [ %34, %done11 ], [ %99, %done23 ]
  %93 = icmp slt i64 %i20, %78
  br i1 %93, label %body18, label %done19

body18:                                           ; preds = %loop17
  %94 = add i64 %i20, 96
  %95 = icmp slt i64 %94, %78
  %96 = select i1 %95, i64 %94, i64 %78
  br label %loop21

done19:                                           ; preds = %loop17
  %97 = getelementptr float, ptr %grads, i64 0
  br label %loop37

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %101, %done27 ]
  %98 = icmp slt i64 %i24, 1
  br i1 %98, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %99 = add i64 %i20, 96
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %104, %done31 ]
  %100 = icmp slt i64 %i28, 256
  br i1 %100, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %101 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %body26
  %i32 = phi i64 [ %i20, %body26 ], [ %474, %done35 ]
  %102 = icmp slt i64 %i32, %96
  br i1 %102, label %body30, label %done31

body30:                                           ; preds = %loop29
  %103 = sub i64 %i32, 0
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  br label %loop33

done31:                                           ; preds = %loop29
  %104 = add i64 %i28, 4
  br label %loop25

loop33:                                           ; preds = %join, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %521, %join ]
  %105 = icmp slt i64 %i36, %batch
  br i1 %105, label %body34, label %done35

body34:                                           ; preds = %loop33
  %106 = mul i64 %i36, 1808
  %107 = add i64 %106, 512
  %108 = getelementptr float, ptr %dacts, i64 %107
  %109 = getelementptr float, ptr %108, i64 %103
  %110 = add i64 %i36, 4
  %111 = mul i64 %110, 1808
  %112 = add i64 %111, 512
  %113 = getelementptr float, ptr %dacts, i64 %112
  %114 = getelementptr float, ptr %113, i64 %103
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = mul i64 %i24, 256
  %116 = add i64 %115, %i28
  %117 = mul i64 %110, 1808
  %118 = add i64 %117, 0
  %119 = getelementptr float, ptr %acts, i64 %118
  %120 = getelementptr float, ptr %119, i64 %116
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = getelementptr float, ptr %109, i64 0
  %122 = load <8 x float>, ptr %121, align 4
  %123 = bitcast <8 x float> %122 to <8 x i32>
  %124 = getelementptr float, ptr %109, i64 8
  %125 = load <8 x float>, ptr %124, align 4
  %126 = bitcast <8 x float> %125 to <8 x i32>
  %127 = or <8 x i32> %123, %126
  %128 = getelementptr float, ptr %109, i64 16
  %129 = load <8 x float>, ptr %128, align 4
  %130 = bitcast <8 x float> %129 to <8 x i32>
  %131 = or <8 x i32> %127, %130
  %132 = and <8 x i32> %131, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %133 = icmp ne <8 x i32> %132, zeroinitializer
  %134 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %133)
  br i1 %134, label %then, label %join

done35:                                           ; preds = %loop33
  %135 = add i64 %103, 0
  %136 = insertelement <8 x i64> undef, i64 %135, i32 0
  %137 = shufflevector <8 x i64> %136, <8 x i64> undef, <8 x i32> zeroinitializer
  %138 = add <8 x i64> %137, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %139 = icmp slt <8 x i64> %138, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %140 = add i64 0, %135
  %141 = getelementptr float, ptr %gains, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = select <8 x i1> %139, <8 x float> %142, <8 x float> zeroinitializer
  %144 = load <8 x float>, ptr %30, align 32
  %145 = fmul <8 x float> %144, %143
  %146 = load <8 x float>, ptr %27, align 32
  %147 = fmul <8 x float> %146, %143
  %148 = load <8 x float>, ptr %24, align 32
  %149 = fmul <8 x float> %148, %143
  %150 = load <8 x float>, ptr %21, align 32
  %151 = fmul <8 x float> %150, %143
  %152 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %153 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %155 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %157 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %158 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %159 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %160 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %161 = add i64 %135, 0
  %162 = sdiv i64 %161, 256
  %163 = srem i64 %161, 256
  %164 = mul i64 %162, 1
  %165 = add i64 %164, %i24
  %166 = mul i64 %165, 256
  %167 = add i64 %166, %163
  %168 = mul i64 %167, 256
  %169 = add i64 %168, %i28
  %170 = getelementptr float, ptr %79, i64 %169
  store <4 x float> %160, ptr %170, align 4
  %171 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %172 = add i64 %135, 1
  %173 = sdiv i64 %172, 256
  %174 = srem i64 %172, 256
  %175 = mul i64 %173, 1
  %176 = add i64 %175, %i24
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %174
  %179 = mul i64 %178, 256
  %180 = add i64 %179, %i28
  %181 = getelementptr float, ptr %79, i64 %180
  store <4 x float> %171, ptr %181, align 4
  %182 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %183 = add i64 %135, 2
  %184 = sdiv i64 %183, 256
  %185 = srem i64 %183, 256
  %186 = mul i64 %184, 1
  %187 = add i64 %186, %i24
  %188 = mul i64 %187, 256
  %189 = add i64 %188, %185
  %190 = mul i64 %189, 256
  %191 = add i64 %190, %i28
  %192 = getelementptr float, ptr %79, i64 %191
  store <4 x float> %182, ptr %192, align 4
  %193 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %194 = add i64 %135, 3
  %195 = sdiv i64 %194, 256
  %196 = srem i64 %194, 256
  %197 = mul i64 %195, 1
  %198 = add i64 %197, %i24
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %196
  %201 = mul i64 %200, 256
  %202 = add i64 %201, %i28
  %203 = getelementptr float, ptr %79, i64 %202
  store <4 x float> %193, ptr %203, align 4
  %204 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %205 = add i64 %135, 4
  %206 = sdiv i64 %205, 256
  %207 = srem i64 %205, 256
  %208 = mul i64 %206, 1
  %209 = add i64 %208, %i24
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %207
  %212 = mul i64 %211, 256
  %213 = add i64 %212, %i28
  %214 = getelementptr float, ptr %79, i64 %213
  store <4 x float> %204, ptr %214, align 4
  %215 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %216 = add i64 %135, 5
  %217 = sdiv i64 %216, 256
  %218 = srem i64 %216, 256
  %219 = mul i64 %217, 1
  %220 = add i64 %219, %i24
  %221 = mul i64 %220, 256
  %222 = add i64 %221, %218
  %223 = mul i64 %222, 256
  %224 = add i64 %223, %i28
  %225 = getelementptr float, ptr %79, i64 %224
  store <4 x float> %215, ptr %225, align 4
  %226 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %227 = add i64 %135, 6
  %228 = sdiv i64 %227, 256
  %229 = srem i64 %227, 256
  %230 = mul i64 %228, 1
  %231 = add i64 %230, %i24
  %232 = mul i64 %231, 256
  %233 = add i64 %232, %229
  %234 = mul i64 %233, 256
  %235 = add i64 %234, %i28
  %236 = getelementptr float, ptr %79, i64 %235
  store <4 x float> %226, ptr %236, align 4
  %237 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %238 = add i64 %135, 7
  %239 = sdiv i64 %238, 256
  %240 = srem i64 %238, 256
  %241 = mul i64 %239, 1
  %242 = add i64 %241, %i24
  %243 = mul i64 %242, 256
  %244 = add i64 %243, %240
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i28
  %247 = getelementptr float, ptr %79, i64 %246
  store <4 x float> %237, ptr %247, align 4
  %248 = add i64 %103, 8
  %249 = insertelement <8 x i64> undef, i64 %248, i32 0
  %250 = shufflevector <8 x i64> %249, <8 x i64> undef, <8 x i32> zeroinitializer
  %251 = add <8 x i64> %250, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %252 = icmp slt <8 x i64> %251, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %253 = add i64 0, %248
  %254 = getelementptr float, ptr %gains, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = select <8 x i1> %252, <8 x float> %255, <8 x float> zeroinitializer
  %257 = load <8 x float>, ptr %29, align 32
  %258 = fmul <8 x float> %257, %256
  %259 = load <8 x float>, ptr %26, align 32
  %260 = fmul <8 x float> %259, %256
  %261 = load <8 x float>, ptr %23, align 32
  %262 = fmul <8 x float> %261, %256
  %263 = load <8 x float>, ptr %20, align 32
  %264 = fmul <8 x float> %263, %256
  %265 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %266 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %267 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %268 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %269 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %270 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %271 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %272 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %273 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %274 = add i64 %248, 0
  %275 = sdiv i64 %274, 256
  %276 = srem i64 %274, 256
  %277 = mul i64 %275, 1
  %278 = add i64 %277, %i24
  %279 = mul i64 %278, 256
  %280 = add i64 %279, %276
  %281 = mul i64 %280, 256
  %282 = add i64 %281, %i28
  %283 = getelementptr float, ptr %79, i64 %282
  store <4 x float> %273, ptr %283, align 4
  %284 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %285 = add i64 %248, 1
  %286 = sdiv i64 %285, 256
  %287 = srem i64 %285, 256
  %288 = mul i64 %286, 1
  %289 = add i64 %288, %i24
  %290 = mul i64 %289, 256
  %291 = add i64 %290, %287
  %292 = mul i64 %291, 256
  %293 = add i64 %292, %i28
  %294 = getelementptr float, ptr %79, i64 %293
  store <4 x float> %284, ptr %294, align 4
  %295 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %296 = add i64 %248, 2
  %297 = sdiv i64 %296, 256
  %298 = srem i64 %296, 256
  %299 = mul i64 %297, 1
  %300 = add i64 %299, %i24
  %301 = mul i64 %300, 256
  %302 = add i64 %301, %298
  %303 = mul i64 %302, 256
  %304 = add i64 %303, %i28
  %305 = getelementptr float, ptr %79, i64 %304
  store <4 x float> %295, ptr %305, align 4
  %306 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %307 = add i64 %248, 3
  %308 = sdiv i64 %307, 256
  %309 = srem i64 %307, 256
  %310 = mul i64 %308, 1
  %311 = add i64 %310, %i24
  %312 = mul i64 %311, 256
  %313 = add i64 %312, %309
  %314 = mul i64 %313, 256
  %315 = add i64 %314, %i28
  %316 = getelementptr float, ptr %79, i64 %315
  store <4 x float> %306, ptr %316, align 4
  %317 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %318 = add i64 %248, 4
  %319 = sdiv i64 %318, 256
  %320 = srem i64 %318, 256
  %321 = mul i64 %319, 1
  %322 = add i64 %321, %i24
  %323 = mul i64 %322, 256
  %324 = add i64 %323, %320
  %325 = mul i64 %324, 256
  %326 = add i64 %325, %i28
  %327 = getelementptr float, ptr %79, i64 %326
  store <4 x float> %317, ptr %327, align 4
  %328 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %329 = add i64 %248, 5
  %330 = sdiv i64 %329, 256
  %331 = srem i64 %329, 256
  %332 = mul i64 %330, 1
  %333 = add i64 %332, %i24
  %334 = mul i64 %333, 256
  %335 = add i64 %334, %331
  %336 = mul i64 %335, 256
  %337 = add i64 %336, %i28
  %338 = getelementptr float, ptr %79, i64 %337
  store <4 x float> %328, ptr %338, align 4
  %339 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %340 = add i64 %248, 6
  %341 = sdiv i64 %340, 256
  %342 = srem i64 %340, 256
  %343 = mul i64 %341, 1
  %344 = add i64 %343, %i24
  %345 = mul i64 %344, 256
  %346 = add i64 %345, %342
  %347 = mul i64 %346, 256
  %348 = add i64 %347, %i28
  %349 = getelementptr float, ptr %79, i64 %348
  store <4 x float> %339, ptr %349, align 4
  %350 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = add i64 %248, 7
  %352 = sdiv i64 %351, 256
  %353 = srem i64 %351, 256
  %354 = mul i64 %352, 1
  %355 = add i64 %354, %i24
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %353
  %358 = mul i64 %357, 256
  %359 = add i64 %358, %i28
  %360 = getelementptr float, ptr %79, i64 %359
  store <4 x float> %350, ptr %360, align 4
  %361 = add i64 %103, 16
  %362 = insertelement <8 x i64> undef, i64 %361, i32 0
  %363 = shufflevector <8 x i64> %362, <8 x i64> undef, <8 x i32> zeroinitializer
  %364 = add <8 x i64> %363, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %365 = icmp slt <8 x i64> %364, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %366 = add i64 0, %361
  %367 = getelementptr float, ptr %gains, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = select <8 x i1> %365, <8 x float> %368, <8 x float> zeroinitializer
  %370 = load <8 x float>, ptr %28, align 32
  %371 = fmul <8 x float> %370, %369
  %372 = load <8 x float>, ptr %25, align 32
  %373 = fmul <8 x float> %372, %369
  %374 = load <8 x float>, ptr %22, align 32
  %375 = fmul <8 x float> %374, %369
  %376 = load <8 x float>, ptr %19, align 32
  %377 = fmul <8 x float> %376, %369
  %378 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %379 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %380 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %381 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %382 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %383 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %384 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %385 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %386 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %387 = add i64 %361, 0
  %388 = sdiv i64 %387, 256
  %389 = srem i64 %387, 256
  %390 = mul i64 %388, 1
  %391 = add i64 %390, %i24
  %392 = mul i64 %391, 256
  %393 = add i64 %392, %389
  %394 = mul i64 %393, 256
  %395 = add i64 %394, %i28
  %396 = getelementptr float, ptr %79, i64 %395
  store <4 x float> %386, ptr %396, align 4
  %397 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %398 = add i64 %361, 1
  %399 = sdiv i64 %398, 256
  %400 = srem i64 %398, 256
  %401 = mul i64 %399, 1
  %402 = add i64 %401, %i24
  %403 = mul i64 %402, 256
  %404 = add i64 %403, %400
  %405 = mul i64 %404, 256
  %406 = add i64 %405, %i28
  %407 = getelementptr float, ptr %79, i64 %406
  store <4 x float> %397, ptr %407, align 4
  %408 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %409 = add i64 %361, 2
  %410 = sdiv i64 %409, 256
  %411 = srem i64 %409, 256
  %412 = mul i64 %410, 1
  %413 = add i64 %412, %i24
  %414 = mul i64 %413, 256
  %415 = add i64 %414, %411
  %416 = mul i64 %415, 256
  %417 = add i64 %416, %i28
  %418 = getelementptr float, ptr %79, i64 %417
  store <4 x float> %408, ptr %418, align 4
  %419 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = add i64 %361, 3
  %421 = sdiv i64 %420, 256
  %422 = srem i64 %420, 256
  %423 = mul i64 %421, 1
  %424 = add i64 %423, %i24
  %425 = mul i64 %424, 256
  %426 = add i64 %425, %422
  %427 = mul i64 %426, 256
  %428 = add i64 %427, %i28
  %429 = getelementptr float, ptr %79, i64 %428
  store <4 x float> %419, ptr %429, align 4
  %430 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %431 = add i64 %361, 4
  %432 = sdiv i64 %431, 256
  %433 = srem i64 %431, 256
  %434 = mul i64 %432, 1
  %435 = add i64 %434, %i24
  %436 = mul i64 %435, 256
  %437 = add i64 %436, %433
  %438 = mul i64 %437, 256
  %439 = add i64 %438, %i28
  %440 = getelementptr float, ptr %79, i64 %439
  store <4 x float> %430, ptr %440, align 4
  %441 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %442 = add i64 %361, 5
  %443 = sdiv i64 %442, 256
  %444 = srem i64 %442, 256
  %445 = mul i64 %443, 1
  %446 = add i64 %445, %i24
  %447 = mul i64 %446, 256
  %448 = add i64 %447, %444
  %449 = mul i64 %448, 256
  %450 = add i64 %449, %i28
  %451 = getelementptr float, ptr %79, i64 %450
  store <4 x float> %441, ptr %451, align 4
  %452 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %453 = add i64 %361, 6
  %454 = sdiv i64 %453, 256
  %455 = srem i64 %453, 256
  %456 = mul i64 %454, 1
  %457 = add i64 %456, %i24
  %458 = mul i64 %457, 256
  %459 = add i64 %458, %455
  %460 = mul i64 %459, 256
  %461 = add i64 %460, %i28
  %462 = getelementptr float, ptr %79, i64 %461
  store <4 x float> %452, ptr %462, align 4
  %463 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %464 = add i64 %361, 7
  %465 = sdiv i64 %464, 256
  %466 = srem i64 %464, 256
  %467 = mul i64 %465, 1
  %468 = add i64 %467, %i24
  %469 = mul i64 %468, 256
  %470 = add i64 %469, %466
  %471 = mul i64 %470, 256
  %472 = add i64 %471, %i28
  %473 = getelementptr float, ptr %79, i64 %472
  store <4 x float> %463, ptr %473, align 4
  %474 = add i64 %i32, 24
  br label %loop29

then:                                             ; preds = %body34
  %475 = mul i64 %i24, 256
  %476 = add i64 %475, %i28
  %477 = mul i64 %i36, 1808
  %478 = add i64 %477, 0
  %479 = getelementptr float, ptr %acts, i64 %478
  %480 = getelementptr float, ptr %479, i64 %476
  %481 = getelementptr float, ptr %480, i64 0
  %482 = load float, ptr %481, align 4
  %483 = getelementptr float, ptr %480, i64 1
  %484 = load float, ptr %483, align 4
  %485 = getelementptr float, ptr %480, i64 2
  %486 = load float, ptr %485, align 4
  %487 = getelementptr float, ptr %480, i64 3
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> undef, float %482, i32 0
  %490 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, ptr %30, align 32
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %122, <8 x float> %491)
  store <8 x float> %492, ptr %30, align 32
  %493 = load <8 x float>, ptr %29, align 32
  %494 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %125, <8 x float> %493)
  store <8 x float> %494, ptr %29, align 32
  %495 = load <8 x float>, ptr %28, align 32
  %496 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %129, <8 x float> %495)
  store <8 x float> %496, ptr %28, align 32
  %497 = insertelement <8 x float> undef, float %484, i32 0
  %498 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, ptr %27, align 32
  %500 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %122, <8 x float> %499)
  store <8 x float> %500, ptr %27, align 32
  %501 = load <8 x float>, ptr %26, align 32
  %502 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %125, <8 x float> %501)
  store <8 x float> %502, ptr %26, align 32
  %503 = load <8 x float>, ptr %25, align 32
  %504 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %129, <8 x float> %503)
  store <8 x float> %504, ptr %25, align 32
  %505 = insertelement <8 x float> undef, float %486, i32 0
  %506 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %24, align 32
  %508 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %122, <8 x float> %507)
  store <8 x float> %508, ptr %24, align 32
  %509 = load <8 x float>, ptr %23, align 32
  %510 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %125, <8 x float> %509)
  store <8 x float> %510, ptr %23, align 32
  %511 = load <8 x float>, ptr %22, align 32
  %512 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %129, <8 x float> %511)
  store <8 x float> %512, ptr %22, align 32
  %513 = insertelement <8 x float> undef, float %488, i32 0
  %514 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, ptr %21, align 32
  %516 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %122, <8 x float> %515)
  store <8 x float> %516, ptr %21, align 32
  %517 = load <8 x float>, ptr %20, align 32
  %518 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %125, <8 x float> %517)
  store <8 x float> %518, ptr %20, align 32
  %519 = load <8 x float>, ptr %19, align 32
  %520 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %129, <8 x float> %519)
  store <8 x float> %520, ptr %19, align 32
  br label %join

join:                                             ; preds = %then, %body34
  %521 = add i64 %i36, 1
  br label %loop33

loop37:                                           ; preds = %done43, %done19
  %i40 = phi i64 [ 0, %done19 ], [ %531, %done43 ]
  %522 = icmp slt i64 %i40, 1
  br i1 %522, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  %523 = icmp sgt i64 %u0, 256
  %524 = select i1 %523, i64 %u0, i64 256
  %525 = icmp slt i64 %u1, 512
  %526 = select i1 %525, i64 %u1, i64 512
  %527 = icmp slt i64 %526, %524
  %528 = select i1 %527, i64 %524, i64 %526
  %529 = getelementptr float, ptr %grads, i64 196880
  br label %loop55

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %548, %done47 ]
  %530 = icmp slt i64 %i44, 256
  br i1 %530, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %531 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %78, %body42 ], [ %564, %done51 ]
  %532 = icmp slt i64 %i48, %38
  br i1 %532, label %body46, label %done47

body46:                                           ; preds = %loop45
  %533 = sub i64 %i48, 0
  %534 = sdiv i64 %533, 256
  %535 = srem i64 %533, 256
  %536 = icmp slt i64 %533, 256
  %537 = add i64 0, %533
  %538 = getelementptr float, ptr %gains, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = select i1 %536, float %539, float 0.000000e+00
  %541 = mul i64 %534, 1
  %542 = add i64 %541, %i40
  %543 = mul i64 %542, 256
  %544 = add i64 %543, %535
  %545 = mul i64 %544, 256
  %546 = add i64 %545, %i44
  %547 = getelementptr float, ptr %97, i64 %546
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %548 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %581, %join54 ]
  %549 = icmp slt i64 %i52, %batch
  br i1 %549, label %body50, label %done51

body50:                                           ; preds = %loop49
  %550 = mul i64 %i52, 1808
  %551 = add i64 %550, 512
  %552 = getelementptr float, ptr %dacts, i64 %551
  %553 = getelementptr float, ptr %552, i64 %533
  %554 = load float, ptr %553, align 4
  %555 = fcmp une float %554, 0.000000e+00
  br i1 %555, label %then53, label %join54

done51:                                           ; preds = %loop49
  %556 = insertelement <8 x float> undef, float %540, i32 0
  %557 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = getelementptr float, ptr %547, i64 0
  %559 = load <8 x float>, ptr %18, align 32
  %560 = fmul <8 x float> %559, %557
  store <8 x float> %560, ptr %558, align 4
  %561 = getelementptr float, ptr %547, i64 8
  %562 = load <8 x float>, ptr %17, align 32
  %563 = fmul <8 x float> %562, %557
  store <8 x float> %563, ptr %561, align 4
  %564 = add i64 %i48, 1
  br label %loop45

then53:                                           ; preds = %body50
  %565 = mul i64 %i40, 256
  %566 = add i64 %565, %i44
  %567 = mul i64 %i52, 1808
  %568 = add i64 %567, 0
  %569 = getelementptr float, ptr %acts, i64 %568
  %570 = getelementptr float, ptr %569, i64 %566
  %571 = getelementptr float, ptr %570, i64 0
  %572 = load <8 x float>, ptr %571, align 4
  %573 = getelementptr float, ptr %570, i64 8
  %574 = load <8 x float>, ptr %573, align 4
  %575 = insertelement <8 x float> undef, float %554, i32 0
  %576 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, ptr %18, align 32
  %578 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %572, <8 x float> %577)
  store <8 x float> %578, ptr %18, align 32
  %579 = load <8 x float>, ptr %17, align 32
  %580 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %574, <8 x float> %579)
  store <8 x float> %580, ptr %17, align 32
  br label %join54

join54:                                           ; preds = %then53, %body50
  %581 = add i64 %i52, 1
  br label %loop49

loop55:                                           ; preds = %done61, %done39
  %i58 = phi i64 [ %524, %done39 ], [ %596, %done61 ]
  %582 = icmp slt i64 %i58, %528
  br i1 %582, label %body56, label %done57

body56:                                           ; preds = %loop55
  %583 = sub i64 %i58, 256
  %584 = sdiv i64 %583, 256
  %585 = srem i64 %583, 256
  %586 = icmp slt i64 %583, 4
  store float 0.000000e+00, ptr %16, align 4
  br label %loop59

done57:                                           ; preds = %loop55
  br label %loop67

loop59:                                           ; preds = %done65, %body56
  %i62 = phi i64 [ 0, %body56 ], [ %615, %done65 ]
  %587 = icmp slt i64 %i62, %batch
  br i1 %587, label %body60, label %done61

body60:                                           ; preds = %loop59
  %588 = mul i64 %i62, 1808
  %589 = add i64 %588, 1280
  %590 = getelementptr float, ptr %acts, i64 %589
  store float 0.000000e+00, ptr %15, align 4
  br label %loop63

done61:                                           ; preds = %loop59
  %591 = load float, ptr %16, align 4
  %592 = select i1 %586, float %591, float 0.000000e+00
  %593 = mul i64 %584, 65536
  %594 = add i64 %593, %585
  %595 = getelementptr float, ptr %529, i64 %594
  store float %592, ptr %595, align 4
  %596 = add i64 %i58, 1
  br label %loop55

loop63:                                           ; preds = %body64, %body60
  %i66 = phi i64 [ 0, %body60 ], [ %606, %body64 ]
  %597 = icmp slt i64 %i66, 1
  br i1 %597, label %body64, label %done65

body64:                                           ; preds = %loop63
  %598 = mul i64 %584, 1
  %599 = add i64 %598, %i66
  %600 = mul i64 %599, 256
  %601 = add i64 %600, %585
  %602 = getelementptr float, ptr %590, i64 %601
  %603 = load float, ptr %602, align 4
  %604 = load float, ptr %15, align 4
  %605 = fadd float %604, %603
  store float %605, ptr %15, align 4
  %606 = add i64 %i66, 1
  br label %loop63

done65:                                           ; preds = %loop63
  %607 = mul i64 %i62, 1808
  %608 = add i64 %607, 1536
  %609 = getelementptr float, ptr %dacts, i64 %608
  %610 = getelementptr float, ptr %609, i64 %583
  %611 = load float, ptr %610, align 4
  %612 = load float, ptr %16, align 4
  %613 = load float, ptr %15, align 4
  %614 = call float @llvm.fmuladd.f32(float %611, float %613, float %612)
  store float %614, ptr %16, align 4
  %615 = add i64 %i62, 1
  br label %loop59

loop67:                                           ; preds = %done73, %done57
  %i70 = phi i64 [ 1, %done57 ], [ %634, %done73 ]
  %616 = icmp slt i64 %i70, 256
  br i1 %616, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %617 = sub i64 %528, %524
  %618 = sdiv i64 %617, 24
  %619 = mul i64 %618, 24
  %620 = add i64 %524, %619
  %621 = getelementptr float, ptr %grads, i64 131344
  br label %loop75

loop71:                                           ; preds = %body72, %body68
  %i74 = phi i64 [ %524, %body68 ], [ %633, %body72 ]
  %622 = icmp slt i64 %i74, %528
  br i1 %622, label %body72, label %done73

body72:                                           ; preds = %loop71
  %623 = sub i64 %i74, 256
  %624 = srem i64 %623, 256
  %625 = sdiv i64 %623, 256
  %626 = mul i64 %625, 65536
  %627 = add i64 %626, %624
  %628 = mul i64 %i70, 256
  %629 = add i64 %627, %628
  %630 = getelementptr float, ptr %529, i64 %629
  %631 = getelementptr float, ptr %529, i64 %627
  %632 = load float, ptr %631, align 4
  store float %632, ptr %630, align 4
  %633 = add i64 %i74, 1
  br label %loop71

done73:                                           ; preds = %loop71
  %634 = add i64 %i70, 1
  br label %loop67

loop75:                                           ; preds = %done81, %done69
  %i78 = phi i64 [ %524, %done69 ], [ %641, %done81 ]
  %635 = icmp slt i64 %i78, %620
  br i1 %635, label %body76, label %done77

body76:                                           ; preds = %loop75
  %636 = add i64 %i78, 96
  %637 = icmp slt i64 %636, %620
  %638 = select i1 %637, i64 %636, i64 %620
  br label %loop79

done77:                                           ; preds = %loop75
  %639 = getelementptr float, ptr %grads, i64 131344
  br label %loop97

loop79:                                           ; preds = %done85, %body76
  %i82 = phi i64 [ 0, %body76 ], [ %643, %done85 ]
  %640 = icmp slt i64 %i82, 1
  br i1 %640, label %body80, label %done81

body80:                                           ; preds = %loop79
  br label %loop83

done81:                                           ; preds = %loop79
  %641 = add i64 %i78, 96
  br label %loop75

loop83:                                           ; preds = %done89, %body80
  %i86 = phi i64 [ 0, %body80 ], [ %646, %done89 ]
  %642 = icmp slt i64 %i86, 256
  br i1 %642, label %body84, label %done85

body84:                                           ; preds = %loop83
  br label %loop87

done85:                                           ; preds = %loop83
  %643 = add i64 %i82, 1
  br label %loop79

loop87:                                           ; preds = %done93, %body84
  %i90 = phi i64 [ %i78, %body84 ], [ %1016, %done93 ]
  %644 = icmp slt i64 %i90, %638
  br i1 %644, label %body88, label %done89

body88:                                           ; preds = %loop87
  %645 = sub i64 %i90, 256
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop91

done89:                                           ; preds = %loop87
  %646 = add i64 %i86, 4
  br label %loop83

loop91:                                           ; preds = %join96, %body88
  %i94 = phi i64 [ 0, %body88 ], [ %1063, %join96 ]
  %647 = icmp slt i64 %i94, %batch
  br i1 %647, label %body92, label %done93

body92:                                           ; preds = %loop91
  %648 = mul i64 %i94, 1808
  %649 = add i64 %648, 1536
  %650 = getelementptr float, ptr %dacts, i64 %649
  %651 = getelementptr float, ptr %650, i64 %645
  %652 = add i64 %i94, 4
  %653 = mul i64 %652, 1808
  %654 = add i64 %653, 1536
  %655 = getelementptr float, ptr %dacts, i64 %654
  %656 = getelementptr float, ptr %655, i64 %645
  call void @llvm.prefetch.p0(ptr %656, i32 0, i32 3, i32 1)
  %657 = mul i64 %i82, 256
  %658 = add i64 %657, %i86
  %659 = mul i64 %652, 1808
  %660 = add i64 %659, 1024
  %661 = getelementptr float, ptr %acts, i64 %660
  %662 = getelementptr float, ptr %661, i64 %658
  call void @llvm.prefetch.p0(ptr %662, i32 0, i32 3, i32 1)
  %663 = getelementptr float, ptr %651, i64 0
  %664 = load <8 x float>, ptr %663, align 4
  %665 = bitcast <8 x float> %664 to <8 x i32>
  %666 = getelementptr float, ptr %651, i64 8
  %667 = load <8 x float>, ptr %666, align 4
  %668 = bitcast <8 x float> %667 to <8 x i32>
  %669 = or <8 x i32> %665, %668
  %670 = getelementptr float, ptr %651, i64 16
  %671 = load <8 x float>, ptr %670, align 4
  %672 = bitcast <8 x float> %671 to <8 x i32>
  %673 = or <8 x i32> %669, %672
  %674 = and <8 x i32> %673, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %675 = icmp ne <8 x i32> %674, zeroinitializer
  %676 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %675)
  br i1 %676, label %then95, label %join96

done93:                                           ; preds = %loop91
  %677 = add i64 %645, 0
  %678 = insertelement <8 x i64> undef, i64 %677, i32 0
  %679 = shufflevector <8 x i64> %678, <8 x i64> undef, <8 x i32> zeroinitializer
  %680 = add <8 x i64> %679, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %681 = icmp slt <8 x i64> %680, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %682 = add i64 256, %677
  %683 = getelementptr float, ptr %gains, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = select <8 x i1> %681, <8 x float> %684, <8 x float> zeroinitializer
  %686 = load <8 x float>, ptr %14, align 32
  %687 = fmul <8 x float> %686, %685
  %688 = load <8 x float>, ptr %11, align 32
  %689 = fmul <8 x float> %688, %685
  %690 = load <8 x float>, ptr %8, align 32
  %691 = fmul <8 x float> %690, %685
  %692 = load <8 x float>, ptr %5, align 32
  %693 = fmul <8 x float> %692, %685
  %694 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %695 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %696 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %697 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %698 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %699 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %700 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %701 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %702 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %703 = add i64 %677, 0
  %704 = sdiv i64 %703, 256
  %705 = srem i64 %703, 256
  %706 = mul i64 %704, 1
  %707 = add i64 %706, %i82
  %708 = mul i64 %707, 256
  %709 = add i64 %708, %705
  %710 = mul i64 %709, 256
  %711 = add i64 %710, %i86
  %712 = getelementptr float, ptr %621, i64 %711
  store <4 x float> %702, ptr %712, align 4
  %713 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %714 = add i64 %677, 1
  %715 = sdiv i64 %714, 256
  %716 = srem i64 %714, 256
  %717 = mul i64 %715, 1
  %718 = add i64 %717, %i82
  %719 = mul i64 %718, 256
  %720 = add i64 %719, %716
  %721 = mul i64 %720, 256
  %722 = add i64 %721, %i86
  %723 = getelementptr float, ptr %621, i64 %722
  store <4 x float> %713, ptr %723, align 4
  %724 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %725 = add i64 %677, 2
  %726 = sdiv i64 %725, 256
  %727 = srem i64 %725, 256
  %728 = mul i64 %726, 1
  %729 = add i64 %728, %i82
  %730 = mul i64 %729, 256
  %731 = add i64 %730, %727
  %732 = mul i64 %731, 256
  %733 = add i64 %732, %i86
  %734 = getelementptr float, ptr %621, i64 %733
  store <4 x float> %724, ptr %734, align 4
  %735 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %736 = add i64 %677, 3
  %737 = sdiv i64 %736, 256
  %738 = srem i64 %736, 256
  %739 = mul i64 %737, 1
  %740 = add i64 %739, %i82
  %741 = mul i64 %740, 256
  %742 = add i64 %741, %738
  %743 = mul i64 %742, 256
  %744 = add i64 %743, %i86
  %745 = getelementptr float, ptr %621, i64 %744
  store <4 x float> %735, ptr %745, align 4
  %746 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %747 = add i64 %677, 4
  %748 = sdiv i64 %747, 256
  %749 = srem i64 %747, 256
  %750 = mul i64 %748, 1
  %751 = add i64 %750, %i82
  %752 = mul i64 %751, 256
  %753 = add i64 %752, %749
  %754 = mul i64 %753, 256
  %755 = add i64 %754, %i86
  %756 = getelementptr float, ptr %621, i64 %755
  store <4 x float> %746, ptr %756, align 4
  %757 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %758 = add i64 %677, 5
  %759 = sdiv i64 %758, 256
  %760 = srem i64 %758, 256
  %761 = mul i64 %759, 1
  %762 = add i64 %761, %i82
  %763 = mul i64 %762, 256
  %764 = add i64 %763, %760
  %765 = mul i64 %764, 256
  %766 = add i64 %765, %i86
  %767 = getelementptr float, ptr %621, i64 %766
  store <4 x float> %757, ptr %767, align 4
  %768 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %769 = add i64 %677, 6
  %770 = sdiv i64 %769, 256
  %771 = srem i64 %769, 256
  %772 = mul i64 %770, 1
  %773 = add i64 %772, %i82
  %774 = mul i64 %773, 256
  %775 = add i64 %774, %771
  %776 = mul i64 %775, 256
  %777 = add i64 %776, %i86
  %778 = getelementptr float, ptr %621, i64 %777
  store <4 x float> %768, ptr %778, align 4
  %779 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %780 = add i64 %677, 7
  %781 = sdiv i64 %780, 256
  %782 = srem i64 %780, 256
  %783 = mul i64 %781, 1
  %784 = add i64 %783, %i82
  %785 = mul i64 %784, 256
  %786 = add i64 %785, %782
  %787 = mul i64 %786, 256
  %788 = add i64 %787, %i86
  %789 = getelementptr float, ptr %621, i64 %788
  store <4 x float> %779, ptr %789, align 4
  %790 = add i64 %645, 8
  %791 = insertelement <8 x i64> undef, i64 %790, i32 0
  %792 = shufflevector <8 x i64> %791, <8 x i64> undef, <8 x i32> zeroinitializer
  %793 = add <8 x i64> %792, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %794 = icmp slt <8 x i64> %793, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %795 = add i64 256, %790
  %796 = getelementptr float, ptr %gains, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = select <8 x i1> %794, <8 x float> %797, <8 x float> zeroinitializer
  %799 = load <8 x float>, ptr %13, align 32
  %800 = fmul <8 x float> %799, %798
  %801 = load <8 x float>, ptr %10, align 32
  %802 = fmul <8 x float> %801, %798
  %803 = load <8 x float>, ptr %7, align 32
  %804 = fmul <8 x float> %803, %798
  %805 = load <8 x float>, ptr %4, align 32
  %806 = fmul <8 x float> %805, %798
  %807 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %808 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %809 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %810 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %811 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %812 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %813 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %814 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %815 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %816 = add i64 %790, 0
  %817 = sdiv i64 %816, 256
  %818 = srem i64 %816, 256
  %819 = mul i64 %817, 1
  %820 = add i64 %819, %i82
  %821 = mul i64 %820, 256
  %822 = add i64 %821, %818
  %823 = mul i64 %822, 256
  %824 = add i64 %823, %i86
  %825 = getelementptr float, ptr %621, i64 %824
  store <4 x float> %815, ptr %825, align 4
  %826 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %827 = add i64 %790, 1
  %828 = sdiv i64 %827, 256
  %829 = srem i64 %827, 256
  %830 = mul i64 %828, 1
  %831 = add i64 %830, %i82
  %832 = mul i64 %831, 256
  %833 = add i64 %832, %829
  %834 = mul i64 %833, 256
  %835 = add i64 %834, %i86
  %836 = getelementptr float, ptr %621, i64 %835
  store <4 x float> %826, ptr %836, align 4
  %837 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %838 = add i64 %790, 2
  %839 = sdiv i64 %838, 256
  %840 = srem i64 %838, 256
  %841 = mul i64 %839, 1
  %842 = add i64 %841, %i82
  %843 = mul i64 %842, 256
  %844 = add i64 %843, %840
  %845 = mul i64 %844, 256
  %846 = add i64 %845, %i86
  %847 = getelementptr float, ptr %621, i64 %846
  store <4 x float> %837, ptr %847, align 4
  %848 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %849 = add i64 %790, 3
  %850 = sdiv i64 %849, 256
  %851 = srem i64 %849, 256
  %852 = mul i64 %850, 1
  %853 = add i64 %852, %i82
  %854 = mul i64 %853, 256
  %855 = add i64 %854, %851
  %856 = mul i64 %855, 256
  %857 = add i64 %856, %i86
  %858 = getelementptr float, ptr %621, i64 %857
  store <4 x float> %848, ptr %858, align 4
  %859 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %860 = add i64 %790, 4
  %861 = sdiv i64 %860, 256
  %862 = srem i64 %860, 256
  %863 = mul i64 %861, 1
  %864 = add i64 %863, %i82
  %865 = mul i64 %864, 256
  %866 = add i64 %865, %862
  %867 = mul i64 %866, 256
  %868 = add i64 %867, %i86
  %869 = getelementptr float, ptr %621, i64 %868
  store <4 x float> %859, ptr %869, align 4
  %870 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %871 = add i64 %790, 5
  %872 = sdiv i64 %871, 256
  %873 = srem i64 %871, 256
  %874 = mul i64 %872, 1
  %875 = add i64 %874, %i82
  %876 = mul i64 %875, 256
  %877 = add i64 %876, %873
  %878 = mul i64 %877, 256
  %879 = add i64 %878, %i86
  %880 = getelementptr float, ptr %621, i64 %879
  store <4 x float> %870, ptr %880, align 4
  %881 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %882 = add i64 %790, 6
  %883 = sdiv i64 %882, 256
  %884 = srem i64 %882, 256
  %885 = mul i64 %883, 1
  %886 = add i64 %885, %i82
  %887 = mul i64 %886, 256
  %888 = add i64 %887, %884
  %889 = mul i64 %888, 256
  %890 = add i64 %889, %i86
  %891 = getelementptr float, ptr %621, i64 %890
  store <4 x float> %881, ptr %891, align 4
  %892 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %893 = add i64 %790, 7
  %894 = sdiv i64 %893, 256
  %895 = srem i64 %893, 256
  %896 = mul i64 %894, 1
  %897 = add i64 %896, %i82
  %898 = mul i64 %897, 256
  %899 = add i64 %898, %895
  %900 = mul i64 %899, 256
  %901 = add i64 %900, %i86
  %902 = getelementptr float, ptr %621, i64 %901
  store <4 x float> %892, ptr %902, align 4
  %903 = add i64 %645, 16
  %904 = insertelement <8 x i64> undef, i64 %903, i32 0
  %905 = shufflevector <8 x i64> %904, <8 x i64> undef, <8 x i32> zeroinitializer
  %906 = add <8 x i64> %905, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %907 = icmp slt <8 x i64> %906, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %908 = add i64 256, %903
  %909 = getelementptr float, ptr %gains, i64 %908
  %910 = load <8 x float>, ptr %909, align 4
  %911 = select <8 x i1> %907, <8 x float> %910, <8 x float> zeroinitializer
  %912 = load <8 x float>, ptr %12, align 32
  %913 = fmul <8 x float> %912, %911
  %914 = load <8 x float>, ptr %9, align 32
  %915 = fmul <8 x float> %914, %911
  %916 = load <8 x float>, ptr %6, align 32
  %917 = fmul <8 x float> %916, %911
  %918 = load <8 x float>, ptr %3, align 32
  %919 = fmul <8 x float> %918, %911
  %920 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %921 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %922 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %923 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %924 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %925 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %926 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %927 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %928 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %929 = add i64 %903, 0
  %930 = sdiv i64 %929, 256
  %931 = srem i64 %929, 256
  %932 = mul i64 %930, 1
  %933 = add i64 %932, %i82
  %934 = mul i64 %933, 256
  %935 = add i64 %934, %931
  %936 = mul i64 %935, 256
  %937 = add i64 %936, %i86
  %938 = getelementptr float, ptr %621, i64 %937
  store <4 x float> %928, ptr %938, align 4
  %939 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %940 = add i64 %903, 1
  %941 = sdiv i64 %940, 256
  %942 = srem i64 %940, 256
  %943 = mul i64 %941, 1
  %944 = add i64 %943, %i82
  %945 = mul i64 %944, 256
  %946 = add i64 %945, %942
  %947 = mul i64 %946, 256
  %948 = add i64 %947, %i86
  %949 = getelementptr float, ptr %621, i64 %948
  store <4 x float> %939, ptr %949, align 4
  %950 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %951 = add i64 %903, 2
  %952 = sdiv i64 %951, 256
  %953 = srem i64 %951, 256
  %954 = mul i64 %952, 1
  %955 = add i64 %954, %i82
  %956 = mul i64 %955, 256
  %957 = add i64 %956, %953
  %958 = mul i64 %957, 256
  %959 = add i64 %958, %i86
  %960 = getelementptr float, ptr %621, i64 %959
  store <4 x float> %950, ptr %960, align 4
  %961 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %962 = add i64 %903, 3
  %963 = sdiv i64 %962, 256
  %964 = srem i64 %962, 256
  %965 = mul i64 %963, 1
  %966 = add i64 %965, %i82
  %967 = mul i64 %966, 256
  %968 = add i64 %967, %964
  %969 = mul i64 %968, 256
  %970 = add i64 %969, %i86
  %971 = getelementptr float, ptr %621, i64 %970
  store <4 x float> %961, ptr %971, align 4
  %972 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %973 = add i64 %903, 4
  %974 = sdiv i64 %973, 256
  %975 = srem i64 %973, 256
  %976 = mul i64 %974, 1
  %977 = add i64 %976, %i82
  %978 = mul i64 %977, 256
  %979 = add i64 %978, %975
  %980 = mul i64 %979, 256
  %981 = add i64 %980, %i86
  %982 = getelementptr float, ptr %621, i64 %981
  store <4 x float> %972, ptr %982, align 4
  %983 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %984 = add i64 %903, 5
  %985 = sdiv i64 %984, 256
  %986 = srem i64 %984, 256
  %987 = mul i64 %985, 1
  %988 = add i64 %987, %i82
  %989 = mul i64 %988, 256
  %990 = add i64 %989, %986
  %991 = mul i64 %990, 256
  %992 = add i64 %991, %i86
  %993 = getelementptr float, ptr %621, i64 %992
  store <4 x float> %983, ptr %993, align 4
  %994 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %995 = add i64 %903, 6
  %996 = sdiv i64 %995, 256
  %997 = srem i64 %995, 256
  %998 = mul i64 %996, 1
  %999 = add i64 %998, %i82
  %1000 = mul i64 %999, 256
  %1001 = add i64 %1000, %997
  %1002 = mul i64 %1001, 256
  %1003 = add i64 %1002, %i86
  %1004 = getelementptr float, ptr %621, i64 %1003
  store <4 x float> %994, ptr %1004, align 4
  %1005 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1006 = add i64 %903, 7
  %1007 = sdiv i64 %1006, 256
  %1008 = srem i64 %1006, 256
  %1009 = mul i64 %1007, 1
  %1010 = add i64 %1009, %i82
  %1011 = mul i64 %1010, 256
  %1012 = add i64 %1011, %1008
  %1013 = mul i64 %1012, 256
  %1014 = add i64 %1013, %i86
  %1015 = getelementptr float, ptr %621, i64 %1014
  store <4 x float> %1005, ptr %1015, align 4
  %1016 = add i64 %i90, 24
  br label %loop87

then95:                                           ; preds = %body92
  %1017 = mul i64 %i82, 256
  %1018 = add i64 %1017, %i86
  %1019 = mul i64 %i94, 1808
  %1020 = add i64 %1019, 1024
  %1021 = getelementptr float, ptr %acts, i64 %1020
  %1022 = getelementptr float, ptr %1021, i64 %1018
  %1023 = getelementptr float, ptr %1022, i64 0
  %1024 = load float, ptr %1023, align 4
  %1025 = getelementptr float, ptr %1022, i64 1
  %1026 = load float, ptr %1025, align 4
  %1027 = getelementptr float, ptr %1022, i64 2
  %1028 = load float, ptr %1027, align 4
  %1029 = getelementptr float, ptr %1022, i64 3
  %1030 = load float, ptr %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1024, i32 0
  %1032 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, ptr %14, align 32
  %1034 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %664, <8 x float> %1033)
  store <8 x float> %1034, ptr %14, align 32
  %1035 = load <8 x float>, ptr %13, align 32
  %1036 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %667, <8 x float> %1035)
  store <8 x float> %1036, ptr %13, align 32
  %1037 = load <8 x float>, ptr %12, align 32
  %1038 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %671, <8 x float> %1037)
  store <8 x float> %1038, ptr %12, align 32
  %1039 = insertelement <8 x float> undef, float %1026, i32 0
  %1040 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, ptr %11, align 32
  %1042 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %664, <8 x float> %1041)
  store <8 x float> %1042, ptr %11, align 32
  %1043 = load <8 x float>, ptr %10, align 32
  %1044 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %667, <8 x float> %1043)
  store <8 x float> %1044, ptr %10, align 32
  %1045 = load <8 x float>, ptr %9, align 32
  %1046 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %671, <8 x float> %1045)
  store <8 x float> %1046, ptr %9, align 32
  %1047 = insertelement <8 x float> undef, float %1028, i32 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, ptr %8, align 32
  %1050 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %664, <8 x float> %1049)
  store <8 x float> %1050, ptr %8, align 32
  %1051 = load <8 x float>, ptr %7, align 32
  %1052 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %667, <8 x float> %1051)
  store <8 x float> %1052, ptr %7, align 32
  %1053 = load <8 x float>, ptr %6, align 32
  %1054 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %671, <8 x float> %1053)
  store <8 x float> %1054, ptr %6, align 32
  %1055 = insertelement <8 x float> undef, float %1030, i32 0
  %1056 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, ptr %5, align 32
  %1058 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %664, <8 x float> %1057)
  store <8 x float> %1058, ptr %5, align 32
  %1059 = load <8 x float>, ptr %4, align 32
  %1060 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %667, <8 x float> %1059)
  store <8 x float> %1060, ptr %4, align 32
  %1061 = load <8 x float>, ptr %3, align 32
  %1062 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %671, <8 x float> %1061)
  store <8 x float> %1062, ptr %3, align 32
  br label %join96

join96:                                           ; preds = %then95, %body92
  %1063 = add i64 %i94, 1
  br label %loop91

loop97:                                           ; preds = %done103, %done77
  %i100 = phi i64 [ 0, %done77 ], [ %1069, %done103 ]
  %1064 = icmp slt i64 %i100, 1
  br i1 %1064, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  %1065 = icmp sgt i64 %u1, 512
  %1066 = icmp sle i64 %u0, 512
  %1067 = and i1 %1066, %1065
  br i1 %1067, label %then115, label %join116

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %1086, %done107 ]
  %1068 = icmp slt i64 %i104, 256
  br i1 %1068, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %1069 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ %620, %body102 ], [ %1102, %done111 ]
  %1070 = icmp slt i64 %i108, %528
  br i1 %1070, label %body106, label %done107

body106:                                          ; preds = %loop105
  %1071 = sub i64 %i108, 256
  %1072 = sdiv i64 %1071, 256
  %1073 = srem i64 %1071, 256
  %1074 = icmp slt i64 %1071, 4
  %1075 = add i64 256, %1071
  %1076 = getelementptr float, ptr %gains, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = select i1 %1074, float %1077, float 0.000000e+00
  %1079 = mul i64 %1072, 1
  %1080 = add i64 %1079, %i100
  %1081 = mul i64 %1080, 256
  %1082 = add i64 %1081, %1073
  %1083 = mul i64 %1082, 256
  %1084 = add i64 %1083, %i104
  %1085 = getelementptr float, ptr %639, i64 %1084
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop109

done107:                                          ; preds = %loop105
  %1086 = add i64 %i104, 16
  br label %loop101

loop109:                                          ; preds = %join114, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %1119, %join114 ]
  %1087 = icmp slt i64 %i112, %batch
  br i1 %1087, label %body110, label %done111

body110:                                          ; preds = %loop109
  %1088 = mul i64 %i112, 1808
  %1089 = add i64 %1088, 1536
  %1090 = getelementptr float, ptr %dacts, i64 %1089
  %1091 = getelementptr float, ptr %1090, i64 %1071
  %1092 = load float, ptr %1091, align 4
  %1093 = fcmp une float %1092, 0.000000e+00
  br i1 %1093, label %then113, label %join114

done111:                                          ; preds = %loop109
  %1094 = insertelement <8 x float> undef, float %1078, i32 0
  %1095 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = getelementptr float, ptr %1085, i64 0
  %1097 = load <8 x float>, ptr %2, align 32
  %1098 = fmul <8 x float> %1097, %1095
  store <8 x float> %1098, ptr %1096, align 4
  %1099 = getelementptr float, ptr %1085, i64 8
  %1100 = load <8 x float>, ptr %1, align 32
  %1101 = fmul <8 x float> %1100, %1095
  store <8 x float> %1101, ptr %1099, align 4
  %1102 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %body110
  %1103 = mul i64 %i100, 256
  %1104 = add i64 %1103, %i104
  %1105 = mul i64 %i112, 1808
  %1106 = add i64 %1105, 1024
  %1107 = getelementptr float, ptr %acts, i64 %1106
  %1108 = getelementptr float, ptr %1107, i64 %1104
  %1109 = getelementptr float, ptr %1108, i64 0
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = getelementptr float, ptr %1108, i64 8
  %1112 = load <8 x float>, ptr %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1092, i32 0
  %1114 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1115 = load <8 x float>, ptr %2, align 32
  %1116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1110, <8 x float> %1115)
  store <8 x float> %1116, ptr %2, align 32
  %1117 = load <8 x float>, ptr %1, align 32
  %1118 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1112, <8 x float> %1117)
  store <8 x float> %1118, ptr %1, align 32
  br label %join114

join114:                                          ; preds = %then113, %body110
  %1119 = add i64 %i112, 1
  br label %loop109

then115:                                          ; preds = %done99
  %1120 = getelementptr float, ptr %grads, i64 131072
  br label %loop117

join116:                                          ; preds = %done131, %done99
  ret void

loop117:                                          ; preds = %body118, %then115
  %i120 = phi i64 [ 0, %then115 ], [ %1123, %body118 ]
  %1121 = icmp slt i64 %i120, 256
  br i1 %1121, label %body118, label %done119

body118:                                          ; preds = %loop117
  %1122 = getelementptr float, ptr %1120, i64 %i120
  store float 0.000000e+00, ptr %1122, align 4
  %1123 = add i64 %i120, 1
  br label %loop117

done119:                                          ; preds = %loop117
  br label %loop121

loop121:                                          ; preds = %done127, %done119
  %i124 = phi i64 [ 0, %done119 ], [ %1150, %done127 ]
  %1124 = icmp slt i64 %i124, %batch
  br i1 %1124, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  store float 0.000000e+00, ptr %0, align 4
  br label %loop129

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %1149, %body126 ]
  %1125 = icmp slt i64 %i128, 256
  br i1 %1125, label %body126, label %done127

body126:                                          ; preds = %loop125
  %1126 = getelementptr float, ptr %1120, i64 %i128
  %1127 = mul i64 %i124, 1808
  %1128 = add i64 %1127, 512
  %1129 = getelementptr float, ptr %acts, i64 %1128
  %1130 = getelementptr float, ptr %1129, i64 %i128
  %1131 = load float, ptr %1130, align 4
  %1132 = getelementptr float, ptr %params, i64 131072
  %1133 = getelementptr float, ptr %1132, i64 %i128
  %1134 = load float, ptr %1133, align 4
  %1135 = fsub float %1131, %1134
  %1136 = fcmp ole float %1135, 1.000000e+00
  %1137 = fcmp oge float %1135, -1.000000e+00
  %1138 = and i1 %1137, %1136
  %1139 = icmp slt i64 %i128, 256
  %1140 = and i1 %1138, %1139
  %1141 = mul i64 %i124, 1808
  %1142 = add i64 %1141, 768
  %1143 = getelementptr float, ptr %dacts, i64 %1142
  %1144 = getelementptr float, ptr %1143, i64 %i128
  %1145 = load float, ptr %1144, align 4
  %1146 = select i1 %1140, float %1145, float 0.000000e+00
  %1147 = load float, ptr %1126, align 4
  %1148 = fsub float %1147, %1146
  store float %1148, ptr %1126, align 4
  %1149 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %1150 = add i64 %i124, 1
  br label %loop121

loop129:                                          ; preds = %done135, %done123
  %i132 = phi i64 [ 0, %done123 ], [ %1169, %done135 ]
  %1151 = icmp slt i64 %i132, %batch
  br i1 %1151, label %body130, label %done131

body130:                                          ; preds = %loop129
  br label %loop133

done131:                                          ; preds = %loop129
  %1152 = getelementptr float, ptr %params, i64 131328
  %1153 = load float, ptr %1152, align 4
  %1154 = fcmp ogt float %1153, 0.000000e+00
  %1155 = fneg float %1153
  %1156 = select i1 %1154, float %1155, float %1153
  %1157 = call float @llvm.exp.f32(float %1156)
  %1158 = fmul float 3.000000e+00, %1157
  %1159 = fadd float 1.000000e+00, %1158
  %1160 = fadd float %1157, 3.000000e+00
  %1161 = select i1 %1154, float %1159, float %1160
  %1162 = fmul float %1161, %1161
  %1163 = fmul float %1157, 4.000000e+00
  %1164 = fdiv float %1163, %1162
  %1165 = getelementptr float, ptr %grads, i64 131328
  %1166 = load float, ptr %0, align 4
  %1167 = fmul float %1166, %1164
  store float %1167, ptr %1165, align 4
  br label %join116

loop133:                                          ; preds = %done139, %body130
  %i136 = phi i64 [ 0, %body130 ], [ %1184, %done139 ]
  %1168 = icmp slt i64 %i136, 1
  br i1 %1168, label %body134, label %done135

body134:                                          ; preds = %loop133
  br label %loop137

done135:                                          ; preds = %loop133
  %1169 = add i64 %i132, 1
  br label %loop129

loop137:                                          ; preds = %done143, %body134
  %i140 = phi i64 [ 0, %body134 ], [ %1205, %done143 ]
  %1170 = icmp slt i64 %i140, 4
  br i1 %1170, label %body138, label %done139

body138:                                          ; preds = %loop137
  %1171 = mul i64 %i136, 256
  %1172 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i140
  %1173 = load i32, ptr %1172, align 4
  %1174 = sext i32 %1173 to i64
  %1175 = mul i64 %1174, 64
  %1176 = add i64 %1171, %1175
  %1177 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i140
  %1178 = load i32, ptr %1177, align 4
  %1179 = sext i32 %1178 to i64
  %1180 = mul i64 %1179, 64
  %1181 = add i64 %1171, %1180
  %1182 = mul i64 %i140, 64
  %1183 = add i64 %1171, %1182
  br label %loop141

done139:                                          ; preds = %loop137
  %1184 = add i64 %i136, 1
  br label %loop133

loop141:                                          ; preds = %body142, %body138
  %i144 = phi i64 [ 0, %body138 ], [ %1204, %body142 ]
  %1185 = icmp slt i64 %i144, 64
  br i1 %1185, label %body142, label %done143

body142:                                          ; preds = %loop141
  %1186 = add i64 %1181, %i144
  %1187 = add i64 %1176, %i144
  %1188 = add i64 %1183, %i144
  %1189 = mul i64 %i132, 1808
  %1190 = add i64 %1189, 768
  %1191 = getelementptr float, ptr %acts, i64 %1190
  %1192 = getelementptr float, ptr %1191, i64 %1186
  %1193 = load float, ptr %1192, align 4
  %1194 = getelementptr float, ptr %1191, i64 %1187
  %1195 = load float, ptr %1194, align 4
  %1196 = fsub float %1195, %1193
  %1197 = mul i64 %i132, 1808
  %1198 = add i64 %1197, 1024
  %1199 = getelementptr float, ptr %dacts, i64 %1198
  %1200 = getelementptr float, ptr %1199, i64 %1188
  %1201 = load float, ptr %1200, align 4
  %1202 = load float, ptr %0, align 4
  %1203 = call float @llvm.fmuladd.f32(float %1201, float %1196, float %1202)
  store float %1203, ptr %0, align 4
  %1204 = add i64 %i144, 1
  br label %loop141

done143:                                          ; preds = %loop141
  %1205 = add i64 %i140, 1
  br label %loop137
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1, float %wd) {
entry:
  %0 = icmp sgt i64 %e0, 0
  %1 = select i1 %0, i64 %e0, i64 0
  %2 = icmp slt i64 %e1, 65536
  %3 = select i1 %2, i64 %e1, i64 65536
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %1, %entry ], [ %34, %body ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %grads, i64 %i
  %8 = load float, ptr %7, align 4
  %9 = getelementptr float, ptr %m, i64 %i
  %10 = getelementptr float, ptr %v, i64 %i
  %11 = getelementptr float, ptr %params, i64 %i
  %12 = fsub float 1.000000e+00, %beta1
  %13 = fmul float %12, %8
  %14 = load float, ptr %9, align 4
  %15 = fmul float %beta1, %14
  %16 = fadd float %15, %13
  %17 = fmul float %8, %8
  %18 = fsub float 1.000000e+00, %beta2
  %19 = fmul float %18, %17
  %20 = load float, ptr %10, align 4
  %21 = fmul float %beta2, %20
  %22 = fadd float %21, %19
  store float %16, ptr %9, align 4
  store float %22, ptr %10, align 4
  %23 = fdiv float %16, %bc1
  %24 = fdiv float %22, %bc2
  %25 = call float @llvm.sqrt.f32(float %24)
  %26 = fadd float %25, %eps
  %27 = fmul float %lr, %23
  %28 = fdiv float %27, %26
  %29 = load float, ptr %11, align 4
  %30 = fsub float %29, %28
  %31 = fmul float %lr, %wd
  %32 = fmul float %31, %29
  %33 = fsub float %30, %32
  store float %33, ptr %11, align 4
  %34 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  %35 = icmp sgt i64 %e0, 65536
  %36 = select i1 %35, i64 %e0, i64 65536
  %37 = icmp slt i64 %e1, 131072
  %38 = select i1 %37, i64 %e1, i64 131072
  %39 = icmp slt i64 %38, %36
  %40 = select i1 %39, i64 %36, i64 %38
  br label %loop1

loop1:                                            ; preds = %body2, %done
  %i4 = phi i64 [ %36, %done ], [ %69, %body2 ]
  %41 = icmp slt i64 %i4, %40
  br i1 %41, label %body2, label %done3

body2:                                            ; preds = %loop1
  %42 = getelementptr float, ptr %grads, i64 %i4
  %43 = load float, ptr %42, align 4
  %44 = getelementptr float, ptr %m, i64 %i4
  %45 = getelementptr float, ptr %v, i64 %i4
  %46 = getelementptr float, ptr %params, i64 %i4
  %47 = fsub float 1.000000e+00, %beta1
  %48 = fmul float %47, %43
  %49 = load float, ptr %44, align 4
  %50 = fmul float %beta1, %49
  %51 = fadd float %50, %48
  %52 = fmul float %43, %43
  %53 = fsub float 1.000000e+00, %beta2
  %54 = fmul float %53, %52
  %55 = load float, ptr %45, align 4
  %56 = fmul float %beta2, %55
  %57 = fadd float %56, %54
  store float %51, ptr %44, align 4
  store float %57, ptr %45, align 4
  %58 = fdiv float %51, %bc1
  %59 = fdiv float %57, %bc2
  %60 = call float @llvm.sqrt.f32(float %59)
  %61 = fadd float %60, %eps
  %62 = fmul float %lr, %58
  %63 = fdiv float %62, %61
  %64 = load float, ptr %46, align 4
  %65 = fsub float %64, %63
  %66 = fmul float %lr, %wd
  %67 = fmul float %66, %64
  %68 = fsub float %65, %67
  store float %68, ptr %46, align 4
  %69 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %70 = icmp sgt i64 %e0, 131072
  %71 = select i1 %70, i64 %e0, i64 131072
  %72 = icmp slt i64 %e1, 131328
  %73 = select i1 %72, i64 %e1, i64 131328
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ %71, %done3 ], [ %101, %body6 ]
  %76 = icmp slt i64 %i8, %75
  br i1 %76, label %body6, label %done7

body6:                                            ; preds = %loop5
  %77 = getelementptr float, ptr %grads, i64 %i8
  %78 = load float, ptr %77, align 4
  %79 = getelementptr float, ptr %m, i64 %i8
  %80 = getelementptr float, ptr %v, i64 %i8
  %81 = getelementptr float, ptr %params, i64 %i8
  %82 = fsub float 1.000000e+00, %beta1
  %83 = fmul float %82, %78
  %84 = load float, ptr %79, align 4
  %85 = fmul float %beta1, %84
  %86 = fadd float %85, %83
  %87 = fmul float %78, %78
  %88 = fsub float 1.000000e+00, %beta2
  %89 = fmul float %88, %87
  %90 = load float, ptr %80, align 4
  %91 = fmul float %beta2, %90
  %92 = fadd float %91, %89
  store float %86, ptr %79, align 4
  store float %92, ptr %80, align 4
  %93 = fdiv float %86, %bc1
  %94 = fdiv float %92, %bc2
  %95 = call float @llvm.sqrt.f32(float %94)
  %96 = fadd float %95, %eps
  %97 = fmul float %lr, %93
  %98 = fdiv float %97, %96
  %99 = load float, ptr %81, align 4
  %100 = fsub float %99, %98
  store float %100, ptr %81, align 4
  %101 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %102 = icmp sgt i64 %e0, 131328
  %103 = select i1 %102, i64 %e0, i64 131328
  %104 = icmp slt i64 %e1, 131329
  %105 = select i1 %104, i64 %e1, i64 131329
  %106 = icmp slt i64 %105, %103
  %107 = select i1 %106, i64 %103, i64 %105
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ %103, %done7 ], [ %133, %body10 ]
  %108 = icmp slt i64 %i12, %107
  br i1 %108, label %body10, label %done11

body10:                                           ; preds = %loop9
  %109 = getelementptr float, ptr %grads, i64 %i12
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %m, i64 %i12
  %112 = getelementptr float, ptr %v, i64 %i12
  %113 = getelementptr float, ptr %params, i64 %i12
  %114 = fsub float 1.000000e+00, %beta1
  %115 = fmul float %114, %110
  %116 = load float, ptr %111, align 4
  %117 = fmul float %beta1, %116
  %118 = fadd float %117, %115
  %119 = fmul float %110, %110
  %120 = fsub float 1.000000e+00, %beta2
  %121 = fmul float %120, %119
  %122 = load float, ptr %112, align 4
  %123 = fmul float %beta2, %122
  %124 = fadd float %123, %121
  store float %118, ptr %111, align 4
  store float %124, ptr %112, align 4
  %125 = fdiv float %118, %bc1
  %126 = fdiv float %124, %bc2
  %127 = call float @llvm.sqrt.f32(float %126)
  %128 = fadd float %127, %eps
  %129 = fmul float %lr, %125
  %130 = fdiv float %129, %128
  %131 = load float, ptr %113, align 4
  %132 = fsub float %131, %130
  store float %132, ptr %113, align 4
  %133 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %134 = icmp sgt i64 %e0, 131344
  %135 = select i1 %134, i64 %e0, i64 131344
  %136 = icmp slt i64 %e1, 196880
  %137 = select i1 %136, i64 %e1, i64 196880
  %138 = icmp slt i64 %137, %135
  %139 = select i1 %138, i64 %135, i64 %137
  br label %loop13

loop13:                                           ; preds = %body14, %done11
  %i16 = phi i64 [ %135, %done11 ], [ %168, %body14 ]
  %140 = icmp slt i64 %i16, %139
  br i1 %140, label %body14, label %done15

body14:                                           ; preds = %loop13
  %141 = getelementptr float, ptr %grads, i64 %i16
  %142 = load float, ptr %141, align 4
  %143 = getelementptr float, ptr %m, i64 %i16
  %144 = getelementptr float, ptr %v, i64 %i16
  %145 = getelementptr float, ptr %params, i64 %i16
  %146 = fsub float 1.000000e+00, %beta1
  %147 = fmul float %146, %142
  %148 = load float, ptr %143, align 4
  %149 = fmul float %beta1, %148
  %150 = fadd float %149, %147
  %151 = fmul float %142, %142
  %152 = fsub float 1.000000e+00, %beta2
  %153 = fmul float %152, %151
  %154 = load float, ptr %144, align 4
  %155 = fmul float %beta2, %154
  %156 = fadd float %155, %153
  store float %150, ptr %143, align 4
  store float %156, ptr %144, align 4
  %157 = fdiv float %150, %bc1
  %158 = fdiv float %156, %bc2
  %159 = call float @llvm.sqrt.f32(float %158)
  %160 = fadd float %159, %eps
  %161 = fmul float %lr, %157
  %162 = fdiv float %161, %160
  %163 = load float, ptr %145, align 4
  %164 = fsub float %163, %162
  %165 = fmul float %lr, %wd
  %166 = fmul float %165, %163
  %167 = fsub float %164, %166
  store float %167, ptr %145, align 4
  %168 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %169 = icmp sgt i64 %e0, 196880
  %170 = select i1 %169, i64 %e0, i64 196880
  %171 = icmp slt i64 %e1, 262416
  %172 = select i1 %171, i64 %e1, i64 262416
  %173 = icmp slt i64 %172, %170
  %174 = select i1 %173, i64 %170, i64 %172
  br label %loop17

loop17:                                           ; preds = %body18, %done15
  %i20 = phi i64 [ %170, %done15 ], [ %203, %body18 ]
  %175 = icmp slt i64 %i20, %174
  br i1 %175, label %body18, label %done19

body18:                                           ; preds = %loop17
  %176 = getelementptr float, ptr %grads, i64 %i20
  %177 = load float, ptr %176, align 4
  %178 = getelementptr float, ptr %m, i64 %i20
  %179 = getelementptr float, ptr %v, i64 %i20
  %180 = getelementptr float, ptr %params, i64 %i20
  %181 = fsub float 1.000000e+00, %beta1
  %182 = fmul float %181, %177
  %183 = load float, ptr %178, align 4
  %184 = fmul float %beta1, %183
  %185 = fadd float %184, %182
  %186 = fmul float %177, %177
  %187 = fsub float 1.000000e+00, %beta2
  %188 = fmul float %187, %186
  %189 = load float, ptr %179, align 4
  %190 = fmul float %beta2, %189
  %191 = fadd float %190, %188
  store float %185, ptr %178, align 4
  store float %191, ptr %179, align 4
  %192 = fdiv float %185, %bc1
  %193 = fdiv float %191, %bc2
  %194 = call float @llvm.sqrt.f32(float %193)
  %195 = fadd float %194, %eps
  %196 = fmul float %lr, %192
  %197 = fdiv float %196, %195
  %198 = load float, ptr %180, align 4
  %199 = fsub float %198, %197
  %200 = fmul float %lr, %wd
  %201 = fmul float %200, %198
  %202 = fsub float %199, %201
  store float %202, ptr %180, align 4
  %203 = add i64 %i20, 1
  br label %loop17

done19:                                           ; preds = %loop17
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
